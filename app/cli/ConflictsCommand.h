#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class WorkspaceStore;

// `leadbox-cli conflicts list` and `leadbox-cli conflicts resolve ID --keep local|server`: the sync
// conflicts of the current workspace's store. Resolving queues what the next sync sends.
class ConflictsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    ConflictsCommand(QTextStream& out, QTextStream& err);

    // Reads the sub-command and its options; on a mistake prints one error line and returns false.
    bool parse(const QStringList& arguments);
    // True for resolve: it changes leads (EditLeads).
    bool changesLeads() const { return m_resolve; }
    // Runs it; on failure prints one error line and returns false.
    bool run(WorkspaceStore& store);

private:
    bool usageError(const QString& message);
    bool runList(WorkspaceStore& store);
    bool runResolve(WorkspaceStore& store);

    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    bool m_resolve = false;
    qint64 m_id = 0;
    bool m_keepLocal = true;

    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_keep{QStringLiteral("keep"), QString(), QStringLiteral("SIDE")};
};

} // namespace leadbox
