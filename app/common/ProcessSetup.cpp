#include "app/common/ProcessSetup.h"

#include "Version.h"
#include "models/DataLocation.h"
#include "services/logging/Logging.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace leadbox {

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    umask(077); // workspace files, logs and settings: readable by this user only
#endif
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
}

QString startLogging(const DataLocation& location, const QString& programName)
{
    Logging::Options options;
    options.folder = location.logFolder();
    options.fileName = programName + QStringLiteral(".log");
    options.echoToStderr = qEnvironmentVariableIntValue("LEADBOX_LOG_STDERR") == 1;
    return Logging::start(options);
}

} // namespace leadbox
