#pragma once

#include <QLoggingCategory>

// Logging categories of the models layer. Services route them to the JSON log.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcLeads)
