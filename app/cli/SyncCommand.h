#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class AccountContext;
struct SyncRunRecord;

// `leadbox-cli sync` (one full sync of the current cloud workspace) and `leadbox-cli status` (pending
// changes, conflicts and the last sync, from the store alone).
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    enum class Verb
    {
        Sync,
        Status,
    };

    SyncCommand(Verb verb, QTextStream& out, QTextStream& err);

    // Reads the options; on a mistake prints one error line and returns false.
    bool parse(const QStringList& arguments);
    // Runs it; on failure prints one error line and returns false.
    bool run(AccountContext& context);

private:
    bool usageError(const QString& message);
    bool runSync(AccountContext& context);
    bool runStatus(AccountContext& context);

    Verb m_verb;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace leadbox
