#include "app/cli/SyncCommand.h"

#include "app/cli/CliApplication.h"
#include "app/cli/CloudSignIn.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadJson.h"
#include "models/sync/SyncRunRepository.h"
#include "services/accounts/AccountContext.h"
#include "services/sync/SyncEngine.h"

#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

nlohmann::ordered_json runJson(const SyncRunRecord& run)
{
    return {{"started", isoTime(run.started).toStdString()},
            {"finished", run.isFinished() ? nlohmann::ordered_json(isoTime(run.finished).toStdString())
                                          : nlohmann::ordered_json()},
            {"ok", run.isFinished() && !run.failed},
            {"pulled", run.pulled},
            {"pushed", run.pushed},
            {"conflicts", run.conflicts},
            {"rejected", run.rejected},
            {"error", run.error.toStdString()},
            {"requestId", run.requestId.toStdString()}};
}

QString withRequestId(const QString& message, const QString& requestId)
{
    return requestId.isEmpty() ? message : SyncCommand::tr("%1 (request ID %2)").arg(message, requestId);
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

SyncCommand::SyncCommand(Verb verb, QTextStream& out, QTextStream& err)
    : m_verb(verb)
    , m_out(out)
    , m_err(err)
{
}

bool SyncCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool SyncCommand::parse(const QStringList& arguments)
{
    m_parser.addOption(m_json);
    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + arguments)) {
        return usageError(m_parser.errorText());
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        return usageError(tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().first()));
    }
    return true;
}

bool SyncCommand::run(AccountContext& context)
{
    return m_verb == Verb::Sync ? runSync(context) : runStatus(context);
}

bool SyncCommand::runSync(AccountContext& context)
{
    const AccountContext::Workspace workspace = context.currentWorkspace();
    if (workspace.isLocal) {
        m_err << cliErrorLine(tr("The Local workspace stays on this computer: there is nothing to sync it "
                                 "with. Sign in and pick a cloud workspace (leadbox-cli use WORKSPACE_ID) "
                                 "to sync."))
              << "\n";
        return false;
    }
    if (!CloudSignIn::restore(context, m_err)) {
        return false;
    }
    const std::unique_ptr<WorkspaceStore> store = context.openCurrentStore();
    SyncEngine::Options options;
    options.watchNetwork = false;
    SyncEngine engine(*store, context.cloud(), workspace.id, options);
    const SyncRunRecord run = engine.syncAndWait();
    if (run.failed) {
        m_err << cliErrorLine(withRequestId(run.error, run.requestId)) << "\n";
        return false;
    }
    const qint64 open = store->conflicts().count();
    const QStringList rejections =
        run.rejected > 0 ? run.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
    if (m_parser.isSet(m_json)) {
        nlohmann::ordered_json json = runJson(run);
        json["openConflicts"] = open;
        json["pending"] = store->outbox().pendingChanges();
        nlohmann::ordered_json refused = nlohmann::ordered_json::array();
        for (const QString& line : rejections) {
            refused.push_back(line.toStdString());
        }
        json["rejections"] = refused;
        m_out << QString::fromStdString(json.dump(2)) << "\n";
    } else {
        m_out << tr("pulled %1, pushed %2, conflicts %3").arg(run.pulled).arg(run.pushed).arg(run.conflicts)
              << "\n";
    }
    for (const QString& line : rejections) {
        m_err << "warning: " << withRequestId(line, run.requestId) << "\n";
    }
    if (open > 0 && !m_parser.isSet(m_json)) {
        m_err << tr("%n conflict(s) wait for you: leadbox-cli conflicts list", nullptr,
                    static_cast<int>(open))
              << "\n";
    }
    return true;
}

bool SyncCommand::runStatus(AccountContext& context)
{
    const AccountContext::Workspace workspace = context.currentWorkspace();
    const std::unique_ptr<WorkspaceStore> store = context.openCurrentStore();
    const qint64 pending = store->outbox().pendingChanges();
    const qint64 conflicts = store->conflicts().count();
    const std::optional<SyncRunRecord> last = SyncRunRepository(store->database()).lastFinished();
    if (m_parser.isSet(m_json)) {
        const nlohmann::ordered_json json{{"workspace",
                                           {{"id", workspace.id.toStdString()},
                                            {"name", workspace.name.toStdString()},
                                            {"local", workspace.isLocal}}},
                                          {"pending", pending},
                                          {"conflicts", conflicts},
                                          {"lastSync", last ? runJson(*last) : nlohmann::ordered_json()}};
        m_out << QString::fromStdString(json.dump(2)) << "\n";
        return true;
    }
    m_out << tr("workspace: %1").arg(workspace.name) << "\n"
          << tr("pending: %1").arg(pending) << "\n"
          << tr("conflicts: %1").arg(conflicts) << "\n";
    if (workspace.isLocal) {
        m_out << tr("last sync: never (the Local workspace stays on this computer)") << "\n";
    } else if (!last) {
        m_out << tr("last sync: never") << "\n";
    } else if (last->failed) {
        m_out << tr("last sync: %1, failed: %2")
                     .arg(timeText(last->finished), withRequestId(last->error, last->requestId))
              << "\n";
    } else {
        m_out << tr("last sync: %1, ok (pulled %2, pushed %3, conflicts %4)")
                     .arg(timeText(last->finished))
                     .arg(last->pulled)
                     .arg(last->pushed)
                     .arg(last->conflicts)
              << "\n";
        if (last->rejected > 0) {
            m_out << tr("refused by the cloud: %1")
                         .arg(last->error.split(QLatin1Char('\n')).join(QStringLiteral("; ")))
                  << "\n";
        }
    }
    return true;
}

} // namespace leadbox
