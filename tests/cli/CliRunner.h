#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built leadbox-cli (LEADBOX_CLI_PATH) as a user's shell would, for the CLI tests.

struct CliResult
{
    int exitCode = -1; // -1 when the program did not run to a normal exit
    QString out;
    QString err;
};

inline QString describe(const CliResult& result)
{
    return QStringLiteral("exit %1\n--- stdout ---\n%2--- stderr ---\n%3")
        .arg(result.exitCode)
        .arg(result.out, result.err);
}

// The environment a user's shell would pass, minus what would make a run depend on this machine.
// Qt warns on stderr under a non-UTF-8 locale; exact-stderr checks must not depend on it.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LEADBOX_DATA_DIR"));
    environment.remove(QStringLiteral("LEADBOX_LOG_STDERR"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

inline void startCli(QProcess& process, const QStringList& arguments,
                     const QProcessEnvironment& environment = cleanEnvironment())
{
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(LEADBOX_CLI_PATH), arguments);
}

// Runs leadbox-cli to the end; `stdinText` is its whole standard input (e.g. a password).
inline CliResult runCli(const QStringList& arguments,
                        const QProcessEnvironment& environment = cleanEnvironment(), int timeoutMs = 60000,
                        const QString& stdinText = {})
{
    QProcess process;
    startCli(process, arguments, environment);
    CliResult result;
    if (process.waitForStarted(10000)) {
        process.write(stdinText.toUtf8());
        process.closeWriteChannel();
    }
    if (process.state() == QProcess::NotRunning || !process.waitForFinished(timeoutMs)) {
        result.err = QStringLiteral("could not run leadbox-cli: ") + process.errorString();
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
