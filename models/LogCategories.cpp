#include "models/LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "leadbox.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLeads, "leadbox.leads", QtInfoMsg)
