#include "models/leads/LeadHistory.h"

#include "models/StoreError.h"
#include "models/leads/Lead.h"
#include "models/leads/LeadRow.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/Transaction.h"

#include <QSqlQuery>
#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

QDateTime fromMillis(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString describeChange(const nlohmann::json& detail)
{
    QStringList parts;
    const nlohmann::json fields = detail.contains("fields") ? detail.at("fields") : detail;
    if (!fields.is_object()) {
        return {};
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == "tags" && it->is_object()) {
            QStringList tagChanges;
            for (const auto& tag : it->value("add", nlohmann::json::array())) {
                tagChanges.append(QStringLiteral("+") + QString::fromStdString(tag.get<std::string>()));
            }
            for (const auto& tag : it->value("remove", nlohmann::json::array())) {
                tagChanges.append(QStringLiteral("−") + QString::fromStdString(tag.get<std::string>()));
            }
            parts.append(LeadHistory::tr("tags (%1)").arg(tagChanges.join(QStringLiteral(", "))));
        } else if (const auto field = fieldFromKey(QString::fromStdString(it.key()))) {
            parts.append(fieldLabel(*field));
        } else if (it.key() == "custom") {
            parts.append(LeadHistory::tr("custom fields"));
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

LeadHistory::LeadHistory(Database& db)
    : m_db(db)
{
}

QList<ConsentRecord> LeadHistory::consents(const Lead& lead)
{
    QList<ConsentRecord> records;
    if (lead.importId > 0) {
        QSqlQuery& select = m_db.prepare(QStringLiteral("SELECT consent_basis, consent_source, consent_text, "
                                                        "started_at, file_name FROM imports WHERE id = ?"
                                                        " AND consent_basis <> ''"));
        select.bindValue(0, lead.importId);
        m_db.forEachRow(select, [&](const QSqlQuery& row) {
            ConsentRecord record;
            record.method = QStringLiteral("import");
            record.basis = row.value(0).toString();
            record.source = row.value(1).toString().isEmpty()
                                ? tr("Imported from %1").arg(row.value(4).toString())
                                : row.value(1).toString();
            record.textShown = row.value(2).toString();
            record.givenAt = fromMillis(row.value(3));
            records.append(record);
        });
    }
    QSqlQuery& select =
        m_db.prepare(QStringLiteral("SELECT method, basis, source, text_shown, ip, given_at, withdrawn_at"
                                    " FROM consents WHERE lead_id = ? ORDER BY given_at, id"));
    select.bindValue(0, lead.id);
    m_db.forEachRow(select, [&](const QSqlQuery& row) {
        records.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                        row.value(3).toString(), row.value(4).toString(), fromMillis(row.value(5)),
                        fromMillis(row.value(6))});
    });
    // An import's shared record counts as withdrawn for this lead from its first withdrawal on.
    QSqlQuery& withdrawn = m_db.prepare(
        QStringLiteral("SELECT min(at) FROM activity WHERE lead_id = ? AND kind = 'consent-withdrawn'"));
    withdrawn.bindValue(0, lead.id);
    QDateTime firstWithdrawal;
    m_db.forEachRow(withdrawn, [&](const QSqlQuery& row) { firstWithdrawal = fromMillis(row.value(0)); });
    for (ConsentRecord& record : records) {
        if (record.method == QLatin1String("import") && firstWithdrawal.isValid()) {
            record.withdrawnAt = firstWithdrawal;
        }
    }
    return records;
}

QList<ActivityEntry> LeadHistory::activity(const Lead& lead)
{
    QList<ActivityEntry> entries;
    QSqlQuery& select = m_db.prepare(
        QStringLiteral("SELECT kind, detail, at FROM activity WHERE lead_id = ? ORDER BY at DESC, id DESC"));
    select.bindValue(0, lead.id);
    m_db.forEachRow(select, [&](const QSqlQuery& row) {
        const QString kind = row.value(0).toString();
        const auto detail = nlohmann::json::parse(row.value(1).toString().toStdString(), nullptr, false);
        QString summary;
        if (kind == QLatin1String("created")) {
            summary = tr("Created.");
        } else if (kind == QLatin1String("edited")) {
            summary = tr("Edited: %1.").arg(describeChange(detail));
        } else if (kind == QLatin1String("import-update")) {
            summary = tr("Updated by an import: %1.").arg(describeChange(detail));
        } else if (kind == QLatin1String("restored")) {
            summary = tr("Restored after being deleted.");
        } else if (kind == QLatin1String("consent-given")) {
            summary = tr("Consent recorded.");
        } else if (kind == QLatin1String("consent-withdrawn")) {
            summary = tr("Consent withdrawn.");
        } else {
            summary = kind;
        }
        entries.append({fromMillis(row.value(2)), kind, summary});
    });
    if (lead.importId > 0) {
        QSqlQuery& import =
            m_db.prepare(QStringLiteral("SELECT file_name, started_at FROM imports WHERE id = ?"));
        import.bindValue(0, lead.importId);
        m_db.forEachRow(import, [&](const QSqlQuery& row) {
            entries.append({fromMillis(row.value(1)), QStringLiteral("imported"),
                            tr("Imported from %1.").arg(row.value(0).toString())});
        });
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ActivityEntry& a, const ActivityEntry& b) { return a.at > b.at; });
    return entries;
}

void LeadHistory::recordConsent(const Lead& lead, const QString& basis, const QString& source,
                                const QString& textShown)
{
    if (basis.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("Say on what basis you may email this person, e.g. “Asked in person”."));
    }
    Transaction transaction(m_db);
    QSqlQuery& insert =
        m_db.prepare(QStringLiteral("INSERT INTO consents (lead_id, method, basis, source,"
                                    " text_shown, given_at) VALUES (?, 'manual', ?, ?, ?, ?)"));
    insert.bindValue(0, lead.id);
    insert.bindValue(1, basis.trimmed());
    insert.bindValue(2, LeadRow::text(source.trimmed()));
    insert.bindValue(3, LeadRow::text(textShown.trimmed()));
    insert.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    m_db.write(insert);
    setConsentState(lead, static_cast<int>(ConsentState::Granted), QStringLiteral("consent-given"));
    transaction.commit();
}

void LeadHistory::withdrawConsent(const Lead& lead)
{
    Transaction transaction(m_db);
    QSqlQuery& update = m_db.prepare(
        QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE lead_id = ? AND withdrawn_at IS NULL"));
    update.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(1, lead.id);
    m_db.write(update);
    setConsentState(lead, static_cast<int>(ConsentState::Withdrawn), QStringLiteral("consent-withdrawn"));
    transaction.commit();
}

void LeadHistory::setConsentState(const Lead& lead, int state, const QString& activityKind)
{
    QSqlQuery& update =
        m_db.prepare(QStringLiteral("UPDATE leads SET consent = ?, updated_at = ? WHERE id = ?"));
    update.bindValue(0, state);
    update.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(2, lead.id);
    m_db.write(update);
    QSqlQuery& activity = m_db.prepare(
        QStringLiteral("INSERT INTO activity (lead_id, kind, detail, at) VALUES (?, ?, '{}', ?)"));
    activity.bindValue(0, lead.id);
    activity.bindValue(1, activityKind);
    activity.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    m_db.write(activity);
    // The cloud keeps the lead's consent state (a field of the lead); the ledger stays on this computer.
    qint64 version = 0;
    QSqlQuery& stored = m_db.prepare(QStringLiteral("SELECT version FROM leads WHERE id = ?"));
    stored.bindValue(0, lead.id);
    m_db.forEachRow(stored, [&](const QSqlQuery& row) { version = row.value(0).toLongLong(); });
    OutboxRepository(m_db).append(
        QStringLiteral("lead"), lead.id, QStringLiteral("update"), version,
        {{"consent", consentStateName(static_cast<ConsentState>(state)).toStdString()}});
}

} // namespace leadbox
