#include "models/sync/ConflictRepository.h"

#include "models/StoreError.h"
#include "models/leads/LeadField.h"
#include "models/leads/LeadRepository.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/Transaction.h"
#include "models/sync/LeadSyncFields.h"
#include "models/sync/OutboxOps.h"
#include "models/sync/SyncTypes.h"
#include "models/sync/SyncedLeadWriter.h"

#include <QSqlQuery>
#include <limits>

namespace leadbox {
namespace {

const QString kLead = QStringLiteral("lead");

bool isDeletedMarker(const nlohmann::json& value)
{
    return value.is_object() && value.value("deleted", false);
}

QString jsonText(const nlohmann::json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

nlohmann::json parsed(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

QString displayName(const nlohmann::json& data)
{
    if (!data.is_object()) {
        return {};
    }
    const QString name = QStringList{QString::fromStdString(data.value("firstName", std::string())),
                                     QString::fromStdString(data.value("lastName", std::string()))}
                             .join(QLatin1Char(' '))
                             .trimmed();
    return name.isEmpty() ? QString::fromStdString(data.value("email", std::string())) : name;
}

QString valueText(const QString& field, const QString& value)
{
    if (field == QLatin1String("status")) {
        const std::optional<LeadStatus> status = statusFromName(value);
        return status ? statusLabel(*status) : value;
    }
    if (field == QLatin1String("consent")) {
        const std::optional<ConsentState> consent = consentStateFromName(value);
        return consent ? consentStateLabel(*consent) : value;
    }
    return value;
}

} // namespace

bool SyncConflict::isDeletion() const
{
    return field == LeadSyncFields::kDeleted;
}

bool SyncConflict::localDeleted() const
{
    return isDeletion() && isDeletedMarker(localValue);
}

bool SyncConflict::serverDeleted() const
{
    return isDeletion() && isDeletedMarker(serverValue);
}

ConflictRepository::ConflictRepository(Database& db, LeadRepository* leads, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_leads(leads)
{
}

void ConflictRepository::notifyChanged()
{
    Q_EMIT conflictsChanged();
}

QList<SyncConflict> ConflictRepository::select(const QString& where, const QVariant& value)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("SELECT c.id, c.lead_id, c.field, c.local_value, c.server_value, c.server_version,"
                       " c.changed_by, c.changed_at, c.created_at, l.first_name, l.last_name, l.email"
                       " FROM conflicts c LEFT JOIN leads l ON l.id = c.lead_id") +
        where + QStringLiteral(" ORDER BY c.id"));
    if (value.isValid()) {
        query.bindValue(0, value);
    }
    QList<SyncConflict> conflicts;
    m_db.forEachRow(query, [&](const QSqlQuery& row) {
        SyncConflict conflict;
        conflict.id = row.value(0).toLongLong();
        conflict.leadId = row.value(1).toString();
        conflict.field = row.value(2).toString();
        conflict.localValue = parsed(row.value(3).toString());
        conflict.serverValue = parsed(row.value(4).toString());
        conflict.serverVersion = row.value(5).toLongLong();
        conflict.changedBy = row.value(6).toString();
        if (!row.value(7).isNull()) {
            conflict.changedAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
        }
        conflict.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(8).toLongLong(), Qt::UTC);
        const QString name =
            QStringList{row.value(9).toString(), row.value(10).toString()}.join(QLatin1Char(' ')).trimmed();
        conflict.leadName = name.isEmpty() ? row.value(11).toString() : name;
        conflicts.append(conflict);
    });
    for (SyncConflict& conflict : conflicts) {
        describe(conflict);
    }
    return conflicts;
}

void ConflictRepository::describe(SyncConflict& conflict)
{
    if (conflict.leadName.isEmpty()) {
        conflict.leadName = displayName(conflict.serverValue);
    }
    if (conflict.leadName.isEmpty()) {
        conflict.leadName = displayName(conflict.localValue);
    }
    if (conflict.isDeletion()) {
        conflict.fieldLabel = tr("Deleted");
        conflict.localText = conflict.localDeleted() ? tr("Deleted") : tr("Changed");
        conflict.serverText = conflict.serverDeleted() ? tr("Deleted") : tr("Changed");
        return;
    }
    conflict.localText = valueText(conflict.field, jsonText(conflict.localValue));
    conflict.serverText = valueText(conflict.field, jsonText(conflict.serverValue));
    if (conflict.field.startsWith(LeadSyncFields::kCustomPrefix)) {
        const QString fieldId = conflict.field.mid(LeadSyncFields::kCustomPrefix.size());
        QSqlQuery& name = m_db.prepare(QStringLiteral("SELECT name FROM custom_fields WHERE id = ?"));
        name.bindValue(0, fieldId);
        conflict.fieldLabel = fieldId;
        m_db.forEachRow(name, [&](const QSqlQuery& row) { conflict.fieldLabel = row.value(0).toString(); });
    } else if (conflict.field == QLatin1String("consent")) {
        conflict.fieldLabel = tr("Consent");
    } else if (const std::optional<LeadField> field = fieldFromKey(conflict.field)) {
        conflict.fieldLabel = fieldLabel(*field);
    } else {
        conflict.fieldLabel = conflict.field;
    }
}

QList<SyncConflict> ConflictRepository::list()
{
    return select(QString(), QVariant());
}

std::optional<SyncConflict> ConflictRepository::find(qint64 id)
{
    const QList<SyncConflict> found = select(QStringLiteral(" WHERE c.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<SyncConflict>(found.first());
}

QList<SyncConflict> ConflictRepository::forLead(const QString& leadId)
{
    return select(QStringLiteral(" WHERE c.lead_id = ?"), leadId);
}

qint64 ConflictRepository::count()
{
    qint64 total = 0;
    m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT count(*) FROM conflicts")),
                    [&](const QSqlQuery& row) { total = row.value(0).toLongLong(); });
    return total;
}

bool ConflictRepository::record(const QString& leadId, const QString& field, const nlohmann::json& localValue,
                                const nlohmann::json& serverValue, const ServerChange& change)
{
    bool exists = false;
    QSqlQuery& probe =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM conflicts WHERE lead_id = ? AND field = ?"));
    probe.bindValue(0, leadId);
    probe.bindValue(1, field);
    m_db.forEachRow(probe, [&](const QSqlQuery& row) { exists = row.value(0).toInt() > 0; });

    QSqlQuery& upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO conflicts (lead_id, field, local_value, server_value, server_version, changed_by,"
        " changed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lead_id, field) DO UPDATE SET"
        " local_value = excluded.local_value, server_value = excluded.server_value,"
        " server_version = excluded.server_version, changed_by = excluded.changed_by,"
        " changed_at = excluded.changed_at"));
    upsert.bindValue(0, leadId);
    upsert.bindValue(1, field);
    upsert.bindValue(2, QString::fromStdString(localValue.dump()));
    upsert.bindValue(3, QString::fromStdString(serverValue.dump()));
    upsert.bindValue(4, change.version);
    upsert.bindValue(5, change.updatedBy.isNull() ? QStringLiteral("") : change.updatedBy);
    upsert.bindValue(6, change.updatedAt.isValid() ? QVariant(change.updatedAt.toMSecsSinceEpoch())
                                                   : QVariant());
    upsert.bindValue(7, QDateTime::currentMSecsSinceEpoch());
    m_db.write(upsert);
    return !exists;
}

void ConflictRepository::updateServerSide(qint64 id, const nlohmann::json& serverValue,
                                          const ServerChange& change)
{
    QSqlQuery& update =
        m_db.prepare(QStringLiteral("UPDATE conflicts SET server_value = ?, server_version = ?,"
                                    " changed_by = ?, changed_at = ? WHERE id = ?"));
    update.bindValue(0, QString::fromStdString(serverValue.dump()));
    update.bindValue(1, change.version);
    update.bindValue(2, change.updatedBy.isNull() ? QStringLiteral("") : change.updatedBy);
    update.bindValue(3, change.updatedAt.isValid() ? QVariant(change.updatedAt.toMSecsSinceEpoch())
                                                   : QVariant());
    update.bindValue(4, id);
    m_db.write(update);
}

void ConflictRepository::remove(qint64 id)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    erase.bindValue(0, id);
    m_db.write(erase);
}

void ConflictRepository::removeForLead(const QString& leadId)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM conflicts WHERE lead_id = ?"));
    erase.bindValue(0, leadId);
    m_db.write(erase);
}

void ConflictRepository::resolve(qint64 id, Keep keep)
{
    {
        Transaction transaction(m_db);
        const std::optional<SyncConflict> conflict = find(id);
        if (!conflict) {
            throw StoreError(StoreError::Kind::NotFound,
                             tr("There is no sync conflict %1; it may have been resolved already.").arg(id));
        }
        if (conflict->isDeletion()) {
            resolveDeletion(*conflict, keep);
        } else {
            resolveField(*conflict, keep);
        }
        transaction.commit();
    }
    Q_EMIT conflictsChanged();
    if (m_leads) {
        m_leads->notifyChanged();
    }
}

void ConflictRepository::resolveField(const SyncConflict& conflict, Keep keep)
{
    SyncedLeadWriter writer(m_db);
    OutboxRepository outbox(m_db);
    std::optional<Lead> lead = writer.find(conflict.leadId);
    if (lead && keep == Keep::Local) {
        // The value the lead has now: the user may have edited it again since the conflict arose.
        const QString value = LeadSyncFields::value(*lead, conflict.field).value_or(QString());
        outbox.append(kLead, lead->id, QStringLiteral("update"), conflict.serverVersion,
                      OutboxOps::fieldUpdate(conflict.field, value));
    } else if (lead) {
        const QString value = jsonText(conflict.serverValue);
        LeadSyncFields::setValue(*lead, conflict.field, value);
        writer.write(*lead);
        for (OutboxEntry entry : outbox.forEntity(kLead, lead->id)) {
            if (!LeadSyncFields::touchedFields(entry.op, entry.fields).contains(conflict.field)) {
                continue;
            }
            OutboxOps::withdrawField(entry.op, entry.fields, conflict.field, value);
            if (entry.op == QLatin1String("update") && entry.fields.empty()) {
                outbox.remove(entry.opId);
            } else {
                outbox.rewrite(entry.opId, entry.op, entry.fields);
            }
        }
    }
    remove(conflict.id);
}

void ConflictRepository::resolveDeletion(const SyncConflict& conflict, Keep keep)
{
    SyncedLeadWriter writer(m_db);
    OutboxRepository outbox(m_db);
    const bool localDeleted = conflict.localDeleted();
    const bool serverDeleted = conflict.serverDeleted();
    if (keep == Keep::Local) {
        if (localDeleted && !serverDeleted) {
            outbox.append(kLead, conflict.leadId, QStringLiteral("delete"), conflict.serverVersion,
                          nlohmann::json::object());
        } else if (!localDeleted) {
            // Deleted in the cloud, kept here: send the lead as it is now to create it again.
            if (const std::optional<Lead> lead = writer.find(conflict.leadId)) {
                outbox.append(kLead, lead->id, QStringLiteral("create"), conflict.serverVersion,
                              LeadSyncFields::toData(*lead));
            }
        }
    } else {
        outbox.removeForEntity(kLead, conflict.leadId);
        if (serverDeleted) {
            writer.remove(conflict.leadId, std::numeric_limits<qint64>::max());
        } else if (const std::optional<Lead> lead = LeadSyncFields::fromData(
                       conflict.leadId, conflict.serverVersion, conflict.serverValue)) {
            writer.write(*lead);
        }
    }
    removeForLead(conflict.leadId);
}

} // namespace leadbox
