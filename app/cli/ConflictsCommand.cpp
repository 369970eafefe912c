#include "app/cli/ConflictsCommand.h"

#include "app/cli/CliApplication.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadField.h"
#include "models/leads/LeadJson.h"
#include "models/sync/ConflictRepository.h"
#include "models/sync/LeadSyncFields.h"

#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

// The field as the CLI spells fields elsewhere: first-name, custom:Budget, consent, deleted.
QString fieldName(const SyncConflict& conflict)
{
    if (conflict.field.startsWith(LeadSyncFields::kCustomPrefix)) {
        return QStringLiteral("custom:") + conflict.fieldLabel;
    }
    if (const std::optional<LeadField> field = fieldFromKey(conflict.field)) {
        return QString::fromLatin1(fieldInfo(*field).cliName);
    }
    return conflict.field;
}

// One side's value on one line: the raw value, or (deleted)/(changed) for a deletion.
QString valueCell(const SyncConflict& conflict, bool local)
{
    if (conflict.isDeletion()) {
        const bool deleted = local ? conflict.localDeleted() : conflict.serverDeleted();
        return deleted ? QStringLiteral("(deleted)") : QStringLiteral("(changed)");
    }
    const nlohmann::json& value = local ? conflict.localValue : conflict.serverValue;
    QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

ConflictsCommand::ConflictsCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool ConflictsCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool ConflictsCommand::parse(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list")) {
        m_parser.addOption(m_json);
    } else if (verb == QLatin1String("resolve")) {
        m_resolve = true;
        m_parser.addOption(m_keep);
    } else if (verb.isEmpty()) {
        return usageError(tr("Say what to do with the conflicts: list or resolve."));
    } else {
        return usageError(tr("Unknown conflicts command “%1”.").arg(verb));
    }
    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + arguments.mid(1))) {
        return usageError(m_parser.errorText());
    }
    const QStringList positional = m_parser.positionalArguments();
    if (!m_resolve) {
        return positional.isEmpty() || usageError(tr("Unexpected argument “%1”.").arg(positional.first()));
    }
    bool isNumber = false;
    m_id = positional.size() == 1 ? positional.first().toLongLong(&isNumber) : 0;
    if (!isNumber || m_id <= 0) {
        return usageError(tr("conflicts resolve takes one conflict ID, as conflicts list shows it."));
    }
    const QString keep = m_parser.value(m_keep);
    if (keep != QLatin1String("local") && keep != QLatin1String("server")) {
        return usageError(tr("Say which value to keep: --keep local or --keep server."));
    }
    m_keepLocal = keep == QLatin1String("local");
    return true;
}

bool ConflictsCommand::run(WorkspaceStore& store)
{
    return m_resolve ? runResolve(store) : runList(store);
}

bool ConflictsCommand::runList(WorkspaceStore& store)
{
    const QList<SyncConflict> conflicts = store.conflicts().list();
    if (m_parser.isSet(m_json)) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const SyncConflict& conflict : conflicts) {
            array.push_back({{"id", conflict.id},
                             {"leadId", conflict.leadId.toStdString()},
                             {"lead", conflict.leadName.toStdString()},
                             {"field", conflict.field.toStdString()},
                             {"local", conflict.localValue},
                             {"server", conflict.serverValue},
                             {"serverVersion", conflict.serverVersion},
                             {"changedBy", conflict.changedBy.toStdString()},
                             {"changedAt", isoTime(conflict.changedAt).toStdString()}});
        }
        m_out << QString::fromStdString(array.dump(2)) << "\n";
        return true;
    }
    for (const SyncConflict& conflict : conflicts) {
        m_out << conflict.id << '\t' << conflict.leadName << '\t' << fieldName(conflict) << '\t'
              << valueCell(conflict, true) << '\t' << valueCell(conflict, false) << "\n";
    }
    return true;
}

bool ConflictsCommand::runResolve(WorkspaceStore& store)
{
    const std::optional<SyncConflict> conflict = store.conflicts().find(m_id);
    if (!conflict) {
        m_err << cliErrorLine(
                     tr("There is no conflict %1. Run leadbox-cli conflicts list to see them.").arg(m_id))
              << "\n";
        return false;
    }
    store.conflicts().resolve(m_id, m_keepLocal ? ConflictRepository::Keep::Local
                                                : ConflictRepository::Keep::Server);
    const QString& lead = conflict->leadName;
    if (conflict->isDeletion() && m_keepLocal) {
        m_out << (conflict->localDeleted()
                      ? tr("%1 stays deleted; the cloud deletes it at the next sync.").arg(lead)
                      : tr("Kept %1; the cloud gets it back at the next sync.").arg(lead))
              << "\n";
    } else if (conflict->isDeletion()) {
        m_out << (conflict->serverDeleted() ? tr("Deleted %1, as in the cloud.").arg(lead)
                                            : tr("Restored %1 as the cloud has it.").arg(lead))
              << "\n";
    } else if (m_keepLocal) {
        m_out << tr("Kept this computer's %1 of %2; it goes to the cloud at the next sync.")
                     .arg(fieldName(*conflict), lead)
              << "\n";
    } else {
        m_out << tr("Kept the cloud's %1 of %2.").arg(fieldName(*conflict), lead) << "\n";
    }
    return true;
}

} // namespace leadbox
