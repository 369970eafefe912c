#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <string>

namespace leadbox {

// The application log: JSON lines in a rotating file, fed by Qt's message handler so that every
// qCInfo/qCWarning in every layer lands there, redacted and tagged with the current request ID.
class Logging
{
    Q_DECLARE_TR_FUNCTIONS(Logging)

public:
    struct Options
    {
        QString folder;
        QString fileName = QStringLiteral("leadbox.log"); // one file per program: rotation is per process
        std::size_t maxFileBytes = 5 * 1024 * 1024;
        std::size_t maxFiles = 5;
        bool echoToStderr = false; // also print lines to stderr (LEADBOX_LOG_STDERR=1)
    };

    // Starts logging to <folder>/<fileName>. Returns an error sentence, or an empty string.
    static QString start(const Options& options);
    static void stop();
    static QString currentFile();

    // One log line as written to the file, without the newline.
    static std::string jsonLine(QtMsgType type, const QString& category, const QString& message,
                                const QString& requestId, const QDateTime& time);
};

} // namespace leadbox
