#pragma once

#include <QString>

class QCoreApplication;

namespace leadbox {

// Loads LeadBox's and Qt's translations for `language` ("de"), or for the system locale when
// it is empty. English needs none. Returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace leadbox
