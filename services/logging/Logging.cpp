#include "services/logging/Logging.h"

#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "services/logging/Redaction.h"
#include "services/logging/RequestId.h"

#include <QFile>
#include <nlohmann/json.hpp>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace leadbox {
namespace {

std::shared_ptr<spdlog::logger> g_logger;
QString g_file;
QtMessageHandler g_previousHandler = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

spdlog::level::level_enum spdlogLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (const auto logger = g_logger) {
        const QString category =
            context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
        logger->log(spdlogLevel(type), Logging::jsonLine(type, category, message, RequestIdScope::current(),
                                                         QDateTime::currentDateTimeUtc()));
    } else if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

std::string Logging::jsonLine(QtMsgType type, const QString& category, const QString& message,
                              const QString& requestId, const QDateTime& time)
{
    nlohmann::json line{
        {"ts", time.toUTC().toString(Qt::ISODateWithMs).toStdString()},
        {"level", levelName(type)},
        {"category", category.toStdString()},
        {"msg", redact(message).toStdString()},
    };
    if (!requestId.isEmpty()) {
        line["requestId"] = requestId.toStdString();
    }
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

QString Logging::start(const Options& options)
{
    stop();
    try {
        DataLocation::ensurePrivateFolder(options.folder);
    } catch (const StoreError& error) {
        return error.message();
    }
    g_file = options.folder + QLatin1Char('/') + options.fileName;
    try {
        std::vector<spdlog::sink_ptr> sinks;
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            g_file.toStdString(), options.maxFileBytes, options.maxFiles));
        if (options.echoToStderr) {
            sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
        }
        auto logger = std::make_shared<spdlog::logger>("leadbox", sinks.begin(), sinks.end());
        logger->set_pattern("%v");
        logger->set_level(spdlog::level::debug);
        logger->flush_on(spdlog::level::info);
        g_logger = logger;
    } catch (const spdlog::spdlog_ex& error) {
        g_file.clear();
        return tr("Cannot write the log file in %1: %2").arg(options.folder, QString::fromUtf8(error.what()));
    }
    QFile::setPermissions(g_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    g_previousHandler = qInstallMessageHandler(handleMessage);
    return {};
}

void Logging::stop()
{
    if (g_logger) {
        g_logger->flush();
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
        g_logger.reset();
    }
}

QString Logging::currentFile()
{
    return g_file;
}

} // namespace leadbox
