#include "models/imports/DuplicateRowWriter.h"

#include "models/imports/ImportRowBuilder.h"
#include "models/leads/LeadJson.h"
#include "models/leads/LeadRow.h"

namespace leadbox {
namespace {

QString customToText(const nlohmann::json& custom)
{
    return custom.empty() ? QStringLiteral("{}") : QString::fromStdString(custom.dump());
}

} // namespace

DuplicateRowWriter::DuplicateRowWriter(Database& db, const ImportOptions& options, qint64 importId,
                                       qint64 now, qint64 lastRowBefore)
    : m_options(options)
    , m_importId(importId)
    , m_now(now)
    , m_lastRowBefore(lastRowBefore)
    , m_consentGiven(!options.consent.basis.trimmed().isEmpty())
    , m_findStored(db, QStringLiteral("SELECT id, email, first_name, last_name, company, phone,"
                                      " status, tags, source, custom, version FROM leads WHERE row_id = ?"))
    , m_updateStored(db, QStringLiteral("UPDATE leads SET first_name = ?, last_name = ?, company = ?,"
                                        " phone = ?, status = ?, tags = ?, source = ?, custom = ?,"
                                        " updated_at = ?, consent = max(consent, ?) WHERE row_id = ?"))
    , m_ftsRemove(db, QStringLiteral("INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name,"
                                     " email, company, tags) VALUES ('delete', ?, ?, ?, ?, ?, ?)"))
    , m_ftsAdd(db, QStringLiteral("INSERT INTO leads_fts (rowid, first_name, last_name, email, company,"
                                  " tags) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_consentAdd(db, QStringLiteral("INSERT INTO consents (lead_id, method, basis, source, text_shown,"
                                      " given_at) VALUES (?, 'import', ?, ?, ?, ?)"))
    , m_activityAdd(db, QStringLiteral("INSERT INTO activity (lead_id, kind, detail, at)"
                                       " VALUES (?, 'import-update', ?, ?)"))
    , m_outbox(db)
{
}

DuplicateRowWriter::Outcome DuplicateRowWriter::apply(qint64 storedRow, const ParsedRow& row,
                                                      std::vector<SearchIndexBuilder::Reindex>* reindexes)
{
    m_findStored.bind(1, storedRow);
    if (!m_findStored.step()) {
        m_findStored.reset();
        return Outcome::Missing;
    }
    Lead stored;
    stored.id = m_findStored.text(0);
    stored.email = m_findStored.text(1);
    stored.firstName = m_findStored.text(2);
    stored.lastName = m_findStored.text(3);
    stored.company = m_findStored.text(4);
    stored.phone = m_findStored.text(5);
    stored.status = statusFromRank(static_cast<int>(m_findStored.int64(6))).value_or(LeadStatus::New);
    stored.tags = LeadRow::tagsFromText(m_findStored.text(7));
    stored.source = m_findStored.text(8);
    nlohmann::json storedCustom = nlohmann::json::parse(m_findStored.text(9).toStdString(), nullptr, false);
    stored.version = m_findStored.int64(10);
    m_findStored.reset();
    if (!storedCustom.is_object()) {
        storedCustom = nlohmann::json::object();
    }

    const Lead before = stored;
    const nlohmann::json beforeCustom = storedCustom;
    if (!ImportRowBuilder::merge(stored, storedCustom, row.lead, row.custom, m_options.onDuplicate,
                                 row.statusGiven)) {
        return Outcome::Skipped;
    }
    const bool preExisting = storedRow <= m_lastRowBefore;
    const QString storedTags = LeadRow::tagsToText(stored.tags);
    const QString storedCustomText = customToText(storedCustom);
    const QString beforeTags = LeadRow::tagsToText(before.tags);
    const SearchIndexBuilder::SearchText searchBefore{before.firstName, before.lastName, before.email,
                                                      before.company, beforeTags};
    const SearchIndexBuilder::SearchText searchAfter{stored.firstName, stored.lastName, stored.email,
                                                     stored.company, storedTags};
    const auto runSearch = [storedRow](RawStatement& statement, const SearchIndexBuilder::SearchText& text) {
        statement.bind(1, storedRow);
        for (std::size_t i = 0; i < text.size(); ++i) {
            statement.bind(static_cast<int>(i) + 2, text[i]);
        }
        statement.step();
        statement.reset();
    };
    if (preExisting) {
        runSearch(m_ftsRemove, searchBefore);
    }
    m_updateStored.bind(1, stored.firstName);
    m_updateStored.bind(2, stored.lastName);
    m_updateStored.bind(3, stored.company);
    m_updateStored.bind(4, stored.phone);
    m_updateStored.bind(5, static_cast<qint64>(stored.status));
    m_updateStored.bind(6, storedTags);
    m_updateStored.bind(7, stored.source);
    m_updateStored.bind(8, storedCustomText);
    m_updateStored.bind(9, m_now);
    m_updateStored.bind(10, m_consentGiven ? qint64(1) : qint64(0));
    m_updateStored.bind(11, storedRow);
    m_updateStored.step();
    m_updateStored.reset();
    if (!preExisting) {
        if (reindexes) {
            reindexes->push_back({storedRow, searchBefore, searchAfter});
        }
        return Outcome::Updated; // added by this import: queued and timed-lined with it at the end
    }

    runSearch(m_ftsAdd, searchAfter);

    Lead beforeWithCustom = before;
    beforeWithCustom.custom = LeadRow::customFromText(customToText(beforeCustom));
    stored.custom = LeadRow::customFromText(storedCustomText);
    const nlohmann::json changed = leadChanges(beforeWithCustom, stored);
    m_outbox.append(QStringLiteral("lead"), stored.id, QStringLiteral("update"), stored.version, changed);
    const QString detail =
        QString::fromStdString(nlohmann::json{{"importId", m_importId}, {"fields", changed}}.dump());
    m_activityAdd.bind(1, stored.id);
    m_activityAdd.bind(2, detail);
    m_activityAdd.bind(3, m_now);
    m_activityAdd.step();
    m_activityAdd.reset();
    if (m_consentGiven) {
        m_consentAdd.bind(1, stored.id);
        m_consentAdd.bind(2, m_options.consent.basis.trimmed());
        m_consentAdd.bind(3, m_options.consent.source.trimmed());
        m_consentAdd.bind(4, m_options.consent.text.trimmed());
        m_consentAdd.bind(5, m_now);
        m_consentAdd.step();
        m_consentAdd.reset();
    }
    return Outcome::Updated;
}

} // namespace leadbox
