#include "models/sync/SyncedLeadWriter.h"

#include "models/leads/LeadRow.h"
#include "models/leads/LeadValidator.h"
#include "models/store/Database.h"

#include <QSqlQuery>

namespace leadbox {

using LeadRow::text;

SyncedLeadWriter::SyncedLeadWriter(Database& db)
    : m_db(db)
    , m_reader(db)
    , m_probe(db, QStringLiteral("SELECT row_id, id, version FROM leads WHERE id = ?1 OR email_key = ?2"))
    // A leading space can never start a real key (keys are trimmed), so parked keys stay unique.
    , m_park(db, QStringLiteral("UPDATE leads SET email_key = ' parked ' || id WHERE row_id = ?"))
    , m_update(db, QStringLiteral("UPDATE leads SET email = ?, email_key = ?, first_name = ?, last_name = ?,"
                                  " company = ?, phone = ?, status = ?, tags = ?, source = ?, created_at = ?,"
                                  " updated_at = ?, version = ?, custom = ?, consent = ? WHERE row_id = ?"))
    , m_insert(db,
               QStringLiteral("INSERT INTO leads (email, email_key, first_name, last_name, company, phone,"
                              " status, tags, source, created_at, updated_at, version, custom, consent, id)"
                              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
{
}

std::optional<Lead> SyncedLeadWriter::find(const QString& id)
{
    return m_reader.findById(id);
}

void SyncedLeadWriter::write(const Lead& lead)
{
    // RawStatement binds these without copying: they must live until the statements have run.
    const QString emailKey = LeadValidator::emailKey(lead.email);
    const QString email = text(lead.email);
    const QString firstName = text(lead.firstName);
    const QString lastName = text(lead.lastName);
    const QString company = text(lead.company);
    const QString phone = text(lead.phone);
    const QString tags = LeadRow::tagsToText(lead.tags);
    const QString source = text(lead.source);
    const QString custom = LeadRow::customToText(lead.custom);

    qint64 storedRow = 0;
    qint64 storedVersion = 0;
    qint64 holderRow = 0;
    m_probe.bind(1, lead.id);
    m_probe.bind(2, emailKey);
    while (m_probe.step()) {
        if (m_probe.text(1) == lead.id) {
            storedRow = m_probe.int64(0);
            storedVersion = m_probe.int64(2);
        } else {
            holderRow = m_probe.int64(0);
        }
    }
    m_probe.reset();
    if (storedRow > 0 && storedVersion > lead.version) {
        return; // a newer version is stored
    }
    if (holderRow > 0) {
        m_park.bind(1, holderRow);
        m_park.step();
        m_park.reset();
    }
    RawStatement& row = storedRow > 0 ? m_update : m_insert;
    row.bind(1, email);
    row.bind(2, emailKey);
    row.bind(3, firstName);
    row.bind(4, lastName);
    row.bind(5, company);
    row.bind(6, phone);
    row.bind(7, static_cast<qint64>(lead.status));
    row.bind(8, tags);
    row.bind(9, source);
    row.bind(10, lead.createdAt.toMSecsSinceEpoch());
    row.bind(11, lead.updatedAt.toMSecsSinceEpoch());
    row.bind(12, lead.version);
    row.bind(13, custom);
    row.bind(14, static_cast<qint64>(lead.consent));
    if (storedRow > 0) {
        row.bind(15, storedRow);
    } else {
        row.bind(15, lead.id);
    }
    row.step();
    row.reset();
}

void SyncedLeadWriter::remove(const QString& id, qint64 version)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM leads WHERE id = ? AND version <= ?"));
    erase.bindValue(0, id);
    erase.bindValue(1, version);
    m_db.write(erase);
}

void SyncedLeadWriter::raiseVersion(const QString& id, qint64 version)
{
    QSqlQuery& update =
        m_db.prepare(QStringLiteral("UPDATE leads SET version = ? WHERE id = ? AND version < ?"));
    update.bindValue(0, version);
    update.bindValue(1, id);
    update.bindValue(2, version);
    m_db.write(update);
}

} // namespace leadbox
