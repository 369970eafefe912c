#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs the built leadbox-devcloud (LEADBOX_DEVCLOUD_PATH) on a free loopback port with a data file in a
// temporary folder, for the integration tests. start() returns once devcloud says it is listening.
class DevcloudProcess
{
public:
    DevcloudProcess() = default;
    ~DevcloudProcess() { stop(); }
    DevcloudProcess(const DevcloudProcess&) = delete;
    DevcloudProcess& operator=(const DevcloudProcess&) = delete;

    // Starts (or restarts, with the same data file) devcloud with `extraArguments`.
    bool start(const QStringList& extraArguments = {})
    {
        stop();
        m_output.clear();
        m_error.clear();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                              dataFile()};
        arguments += extraArguments;
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        m_process.start(QString::fromUtf8(LEADBOX_DEVCLOUD_PATH), arguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("devcloud did not start: ") + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(20000);
        const QByteArray marker = "leadbox-devcloud listening on http://127.0.0.1:";
        while (!deadline.hasExpired()) {
            m_output += m_process.readAllStandardOutput();
            const qsizetype at = m_output.indexOf(marker);
            const qsizetype end = at < 0 ? -1 : m_output.indexOf('\n', at);
            if (end > 0) {
                bool ok = false;
                const qsizetype from = at + marker.size();
                m_port = m_output.mid(from, end - from).trimmed().toUShort(&ok);
                return ok;
            }
            if (m_process.state() != QProcess::Running) {
                m_error = QStringLiteral("devcloud exited early: ") + QString::fromUtf8(m_output);
                return false;
            }
            output.wait(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        }
        m_error = QStringLiteral("devcloud never said it was listening: ") + QString::fromUtf8(m_output);
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    int exitCode() const { return m_process.exitCode(); }
    QString dataFile() const { return m_dir.filePath(QStringLiteral("devcloud.sqlite")); }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl url(const QString& pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QString m_error;
    quint16 m_port = 0;
};
