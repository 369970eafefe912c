#pragma once

#include "models/leads/Lead.h"
#include "models/leads/LeadQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace leadbox {

class Database;

// Reads and writes leads in a workspace store. Every change is validated, then written together
// with its outbox row in one transaction, and announced with leadsChanged().
// Failures throw StoreError with a sentence fit for the user; nothing is written then.
class LeadRepository : public QObject
{
    Q_OBJECT

public:
    explicit LeadRepository(Database& db, QObject* parent = nullptr);

    // Stores a new lead. An empty id gets a fresh UUID; empty times get "now".
    Lead add(Lead lead);
    // Stores the changed fields of an existing lead (found by id) and returns it as stored.
    Lead update(Lead lead);
    // Stores several edited leads in one transaction; returns the changed ones as they were before,
    // so that a bulk edit undoes as one step (updateMany(before)).
    QList<Lead> updateMany(const QList<Lead>& leads);
    // Applies `change` to each of these leads and stores them with updateMany().
    QList<Lead> changeMany(const QStringList& ids, const std::function<void(Lead&)>& change);
    // Deletes the leads with these ids in one transaction; returns them as they were, for undo.
    QList<Lead> remove(const QStringList& ids);
    // Puts deleted leads back with their ids and creation times (the undo of remove()).
    void restore(const QList<Lead>& leads);

    std::optional<Lead> findById(const QString& id);
    std::optional<Lead> findByEmail(const QString& email);

    QList<Lead> list(const LeadQuery& query);
    // The leads with these local row ids, in the same order (missing ones left out).
    QList<Lead> byRowIds(const std::vector<qint64>& rowIds);
    Database& database() { return m_db; }
    qint64 count(const QString& search = {}, const LeadFilter& filter = {});
    // The workspace's tags in alphabetical order ignoring case, each tag once whatever its case; at
    // most kMaxTagSuggestions, for completing tags as they are typed.
    QStringList allTags();
    static constexpr int kMaxTagSuggestions = 1000;

    // The keyset position just after `lead` when sorting by `field`.
    static LeadCursor cursorAfter(const Lead& lead, LeadField field);

    // Announces leadsChanged() for a change made through another connection to the same file (an
    // import on a worker thread), so that views read the store again.
    void notifyChanged();

Q_SIGNALS:
    void leadsChanged();

private:
    void ensureValid(Lead& lead);
    void ensureEmailFree(const Lead& lead);
    void insertRow(const Lead& lead);
    bool updateInTransaction(Lead& lead);
    void recordActivity(const QString& leadId, const QString& kind, const nlohmann::json& detail);
    std::optional<Lead> findOne(const QString& whereColumn, const QString& value);

    Database& m_db;
};

} // namespace leadbox
