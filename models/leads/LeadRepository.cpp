#include "models/leads/LeadRepository.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadId.h"
#include "models/leads/LeadJson.h"
#include "models/leads/LeadRow.h"
#include "models/leads/LeadValidator.h"
#include "models/leads/SearchExpression.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace leadbox {
namespace {

const QString kEntity = QStringLiteral("lead");
const QString kColumns =
    QStringLiteral("row_id, id, email, first_name, last_name, company, phone, status, tags,"
                   " source, created_at, updated_at, version, custom, consent, import_id");

using LeadRow::customFromText;
using LeadRow::customToText;
using LeadRow::tagsFromText;
using LeadRow::tagsToText;
using LeadRow::text;

Lead leadFromRow(const QSqlQuery& row)
{
    Lead lead;
    lead.rowId = row.value(0).toLongLong();
    lead.id = row.value(1).toString();
    lead.email = row.value(2).toString();
    lead.firstName = row.value(3).toString();
    lead.lastName = row.value(4).toString();
    lead.company = row.value(5).toString();
    lead.phone = row.value(6).toString();
    lead.status = statusFromRank(row.value(7).toInt()).value_or(LeadStatus::New);
    lead.tags = tagsFromText(row.value(8).toString());
    lead.source = row.value(9).toString();
    lead.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(10).toLongLong(), Qt::UTC);
    lead.updatedAt = QDateTime::fromMSecsSinceEpoch(row.value(11).toLongLong(), Qt::UTC);
    lead.version = row.value(12).toLongLong();
    lead.custom = customFromText(row.value(13).toString());
    lead.consent = static_cast<ConsentState>(std::clamp(row.value(14).toInt(), 0, 2));
    lead.importId = row.value(15).toLongLong();
    return lead;
}

// The WHERE conditions for a search text and a filter, with their values in binding order.
// The search condition comes first, so a search-only count can use FTS alone.
void appendSearchAndFilter(const QString& search, const LeadFilter& filter, QStringList& where,
                           QVariantList& values)
{
    const QString match = ftsMatchExpression(search);
    if (!match.isEmpty()) {
        where << QStringLiteral("row_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
        values << match;
    }
    filter.appendSql(where, values);
}

QVariant storedSortValue(const Lead& lead, LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return text(lead.email);
    case LeadField::FirstName:
        return text(lead.firstName);
    case LeadField::LastName:
        return text(lead.lastName);
    case LeadField::Company:
        return text(lead.company);
    case LeadField::Phone:
        return text(lead.phone);
    case LeadField::Status:
        return static_cast<int>(lead.status);
    case LeadField::Tags:
        return tagsToText(lead.tags);
    case LeadField::Source:
        return text(lead.source);
    case LeadField::CreatedAt:
        return lead.createdAt.toMSecsSinceEpoch();
    case LeadField::UpdatedAt:
        return lead.updatedAt.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace

LeadRepository::LeadRepository(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

void LeadRepository::notifyChanged()
{
    Q_EMIT leadsChanged();
}

void LeadRepository::ensureValid(Lead& lead)
{
    LeadValidator::normalise(lead);
    const QList<FieldError> errors = LeadValidator::validate(lead);
    if (!errors.isEmpty()) {
        throw StoreError(StoreError::Kind::Validation, errors.first().message)
            .withField(errors.first().field);
    }
}

void LeadRepository::ensureEmailFree(const Lead& lead)
{
    const std::optional<Lead> holder = findByEmail(lead.email);
    if (holder && holder->id != lead.id) {
        throw StoreError(StoreError::Kind::DuplicateEmail,
                         tr("A lead with email %1 already exists.").arg(holder->email))
            .withField(LeadField::Email);
    }
}

void LeadRepository::insertRow(const Lead& lead)
{
    QSqlQuery& insert = m_db.prepare(QStringLiteral("INSERT INTO leads (id, email, email_key, first_name, "
                                                    "last_name, company, phone, status, tags, source,"
                                                    " created_at, updated_at, version, custom, consent, "
                                                    "import_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert.bindValue(0, lead.id);
    insert.bindValue(1, text(lead.email));
    insert.bindValue(2, LeadValidator::emailKey(lead.email));
    insert.bindValue(3, text(lead.firstName));
    insert.bindValue(4, text(lead.lastName));
    insert.bindValue(5, text(lead.company));
    insert.bindValue(6, text(lead.phone));
    insert.bindValue(7, static_cast<int>(lead.status));
    insert.bindValue(8, tagsToText(lead.tags));
    insert.bindValue(9, text(lead.source));
    insert.bindValue(10, lead.createdAt.toMSecsSinceEpoch());
    insert.bindValue(11, lead.updatedAt.toMSecsSinceEpoch());
    insert.bindValue(12, lead.version);
    insert.bindValue(13, customToText(lead.custom));
    insert.bindValue(14, static_cast<int>(lead.consent));
    insert.bindValue(15, lead.importId > 0 ? QVariant(lead.importId) : QVariant());
    m_db.write(insert);
}

void LeadRepository::recordActivity(const QString& leadId, const QString& kind, const nlohmann::json& detail)
{
    QSqlQuery& insert =
        m_db.prepare(QStringLiteral("INSERT INTO activity (lead_id, kind, detail, at) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, leadId);
    insert.bindValue(1, kind);
    insert.bindValue(2, QString::fromStdString(detail.dump()));
    insert.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    m_db.write(insert);
}

Lead LeadRepository::add(Lead lead)
{
    ensureValid(lead);
    if (lead.id.isEmpty()) {
        lead.id = newLeadId();
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (!lead.createdAt.isValid()) {
        lead.createdAt = now;
    }
    lead.updatedAt = now;
    lead.version = 0;

    {
        Transaction transaction(m_db);
        ensureEmailFree(lead);
        insertRow(lead);
        nlohmann::json fields = leadToJson(lead);
        fields.erase("id");
        fields.erase("version");
        OutboxRepository(m_db).append(kEntity, lead.id, QStringLiteral("create"), 0, fields);
        recordActivity(lead.id, QStringLiteral("created"), nlohmann::json::object());
        transaction.commit();
    }
    lead.rowId = findById(lead.id).value_or(lead).rowId;
    qCInfo(lcLeads) << "added lead" << lead.id;
    Q_EMIT leadsChanged();
    return lead;
}

bool LeadRepository::updateInTransaction(Lead& lead)
{
    ensureValid(lead);
    const std::optional<Lead> existing = findById(lead.id);
    if (!existing) {
        throw StoreError(StoreError::Kind::NotFound, tr("That lead no longer exists."));
    }
    lead.rowId = existing->rowId;
    lead.createdAt = existing->createdAt;
    lead.updatedAt = existing->updatedAt;
    lead.version = existing->version;
    lead.consent = existing->consent;
    lead.importId = existing->importId;
    const nlohmann::json changed = leadChanges(*existing, lead);
    if (changed.empty()) {
        lead = *existing;
        return false;
    }
    ensureEmailFree(lead);
    lead.updatedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);

    QSqlQuery& write = m_db.prepare(QStringLiteral(
        "UPDATE leads SET email = ?, email_key = ?, first_name = ?, last_name = ?, company = ?,"
        " phone = ?, status = ?, tags = ?, source = ?, updated_at = ?, custom = ? WHERE id = ?"));
    write.bindValue(0, text(lead.email));
    write.bindValue(1, LeadValidator::emailKey(lead.email));
    write.bindValue(2, text(lead.firstName));
    write.bindValue(3, text(lead.lastName));
    write.bindValue(4, text(lead.company));
    write.bindValue(5, text(lead.phone));
    write.bindValue(6, static_cast<int>(lead.status));
    write.bindValue(7, tagsToText(lead.tags));
    write.bindValue(8, text(lead.source));
    write.bindValue(9, lead.updatedAt.toMSecsSinceEpoch());
    write.bindValue(10, customToText(lead.custom));
    write.bindValue(11, lead.id);
    m_db.write(write);
    OutboxRepository(m_db).append(kEntity, lead.id, QStringLiteral("update"), lead.version, changed);
    recordActivity(lead.id, QStringLiteral("edited"), changed);
    return true;
}

Lead LeadRepository::update(Lead lead)
{
    bool changed = false;
    {
        Transaction transaction(m_db);
        changed = updateInTransaction(lead);
        if (changed) {
            transaction.commit();
        }
    }
    if (changed) {
        qCInfo(lcLeads) << "updated lead" << lead.id;
        Q_EMIT leadsChanged();
    }
    return lead;
}

QList<Lead> LeadRepository::updateMany(const QList<Lead>& leads)
{
    QList<Lead> before;
    {
        Transaction transaction(m_db);
        for (Lead lead : leads) {
            const std::optional<Lead> previous = findById(lead.id);
            if (previous && updateInTransaction(lead)) {
                before.append(*previous);
            }
        }
        transaction.commit();
    }
    if (!before.isEmpty()) {
        qCInfo(lcLeads) << "updated" << before.size() << "lead(s) at once";
        Q_EMIT leadsChanged();
    }
    return before;
}

QList<Lead> LeadRepository::changeMany(const QStringList& ids, const std::function<void(Lead&)>& change)
{
    QList<Lead> changed;
    for (const QString& id : ids) {
        if (std::optional<Lead> lead = findById(id)) {
            change(*lead);
            changed.append(*lead);
        }
    }
    return updateMany(changed);
}

QList<Lead> LeadRepository::remove(const QStringList& ids)
{
    QList<Lead> removed;
    {
        Transaction transaction(m_db);
        for (const QString& id : ids) {
            const std::optional<Lead> existing = findById(id);
            if (!existing) {
                continue;
            }
            QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM leads WHERE id = ?"));
            erase.bindValue(0, id);
            m_db.write(erase);
            OutboxRepository(m_db).append(kEntity, id, QStringLiteral("delete"), existing->version,
                                          nlohmann::json::object());
            recordActivity(id, QStringLiteral("deleted"), nlohmann::json::object());
            removed.append(*existing);
        }
        transaction.commit();
    }
    if (!removed.isEmpty()) {
        qCInfo(lcLeads) << "deleted" << removed.size() << "lead(s)";
        Q_EMIT leadsChanged();
    }
    return removed;
}

void LeadRepository::restore(const QList<Lead>& leads)
{
    {
        Transaction transaction(m_db);
        for (Lead lead : leads) {
            ensureValid(lead);
            ensureEmailFree(lead);
            lead.updatedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
            insertRow(lead);
            nlohmann::json fields = leadToJson(lead);
            fields.erase("id");
            fields.erase("version");
            OutboxRepository(m_db).append(kEntity, lead.id, QStringLiteral("create"), lead.version, fields);
            recordActivity(lead.id, QStringLiteral("restored"), nlohmann::json::object());
        }
        transaction.commit();
    }
    qCInfo(lcLeads) << "restored" << leads.size() << "lead(s)";
    Q_EMIT leadsChanged();
}

std::optional<Lead> LeadRepository::findOne(const QString& whereColumn, const QString& value)
{
    std::optional<Lead> found;
    QSqlQuery& select =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM leads WHERE ") +
                     whereColumn + QStringLiteral(" = ?"));
    select.bindValue(0, value);
    m_db.forEachRow(select, [&](const QSqlQuery& row) { found = leadFromRow(row); });
    return found;
}

std::optional<Lead> LeadRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("id"), id);
}

std::optional<Lead> LeadRepository::findByEmail(const QString& email)
{
    return findOne(QStringLiteral("email_key"), LeadValidator::emailKey(email));
}

QList<Lead> LeadRepository::list(const LeadQuery& query)
{
    const LeadFieldInfo& sort = fieldInfo(query.sortField);
    const QString column =
        QLatin1String(sort.column) + (sort.caseInsensitive ? QStringLiteral(" COLLATE NOCASE") : QString());
    const bool ascending = query.order == Qt::AscendingOrder;

    QStringList where;
    QVariantList values;
    appendSearchAndFilter(query.search, query.filter, where, values);
    if (query.after) {
        where << QStringLiteral("(%1, row_id) %2 (?, ?)")
                     .arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        values << query.after->sortValue << query.after->rowId;
    }
    values << query.limit;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM leads") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY %1 %2, row_id %2 LIMIT ?").arg(column, direction);

    QSqlQuery& select = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        select.bindValue(i, values.at(i));
    }
    QList<Lead> leads;
    m_db.forEachRow(select, [&](const QSqlQuery& row) { leads.append(leadFromRow(row)); });
    return leads;
}

QList<Lead> LeadRepository::byRowIds(const std::vector<qint64>& rowIds)
{
    QList<Lead> leads;
    if (rowIds.empty()) {
        return leads;
    }
    nlohmann::json ids = nlohmann::json::array();
    for (const qint64 rowId : rowIds) {
        ids.push_back(rowId);
    }
    QSqlQuery& select =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM leads WHERE row_id IN (SELECT value FROM json_each(?))"));
    select.bindValue(0, QString::fromStdString(ids.dump()));
    QHash<qint64, Lead> found;
    m_db.forEachRow(select, [&](const QSqlQuery& row) {
        Lead lead = leadFromRow(row);
        found.insert(lead.rowId, lead);
    });
    for (const qint64 rowId : rowIds) {
        if (const auto it = found.constFind(rowId); it != found.constEnd()) {
            leads.append(it.value());
        }
    }
    return leads;
}

qint64 LeadRepository::count(const QString& search, const LeadFilter& filter)
{
    QStringList where;
    QVariantList values;
    appendSearchAndFilter(search, filter, where, values);
    QString sql;
    if (where.isEmpty()) {
        sql = QStringLiteral("SELECT count(*) FROM leads");
    } else if (filter.isEmpty()) {
        sql = QStringLiteral(
            "SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?"); // no need to touch leads
    } else {
        sql = QStringLiteral("SELECT count(*) FROM leads WHERE ") + where.join(QStringLiteral(" AND "));
    }
    QSqlQuery& select = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        select.bindValue(i, values.at(i));
    }
    qint64 total = 0;
    m_db.forEachRow(select, [&](const QSqlQuery& row) { total = row.value(0).toLongLong(); });
    return total;
}

QStringList LeadRepository::allTags()
{
    // tag_names.tag is COLLATE NOCASE, so it keeps one of "VIP" and "vip".
    QSqlQuery& select = m_db.prepare(QStringLiteral("SELECT tag FROM tag_names ORDER BY tag LIMIT ?"));
    select.bindValue(0, kMaxTagSuggestions);
    QStringList tags;
    m_db.forEachRow(select, [&](const QSqlQuery& row) { tags.append(row.value(0).toString()); });
    return tags;
}

LeadCursor LeadRepository::cursorAfter(const Lead& lead, LeadField field)
{
    return LeadCursor{storedSortValue(lead, field), lead.rowId};
}

} // namespace leadbox
