#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace leadbox {

class Database;
class LeadRepository;
struct ServerChange;

// A field changed both here and in the cloud since the last sync, with different values. Nothing is
// sent for that field until the user keeps one side.
struct SyncConflict
{
    qint64 id = 0;
    QString leadId;
    QString leadName;           // the lead's display name (its name, else its email)
    QString field;              // protocol name: "company", "custom.<fieldId>", or "deleted"
    QString fieldLabel;         // translated: "Company", a custom field's name, "Deleted"
    nlohmann::json localValue;  // text; for "deleted", a whole lead or {"deleted":true}
    nlohmann::json serverValue; // likewise
    QString localText;          // what a person reads: the value, or "Deleted"/"Changed" for deletions
    QString serverText;
    qint64 serverVersion = 0;
    QString changedBy; // who changed it in the cloud (an email), may be empty
    QDateTime changedAt;
    QDateTime createdAt;

    bool isDeletion() const;
    bool localDeleted() const;  // for a deletion: the lead was deleted here
    bool serverDeleted() const; // for a deletion: the lead was deleted in the cloud
};

// The open sync conflicts of a workspace, and keeping one side of each. Sync records them (record(),
// updateServerSide(), remove…()) inside its own transactions and then calls notifyChanged().
class ConflictRepository : public QObject
{
    Q_OBJECT

public:
    enum class Keep
    {
        Local,
        Server,
    };

    // `leads`, when given, announces leadsChanged() after resolve() changed a lead.
    explicit ConflictRepository(Database& db, LeadRepository* leads = nullptr, QObject* parent = nullptr);

    // Oldest first.
    QList<SyncConflict> list();
    std::optional<SyncConflict> find(qint64 id);
    qint64 count();

    // In one transaction. Keep::Local queues the local value for the cloud (an update; for a deletion
    // a re-create or a delete) over the cloud's version; Keep::Server writes the cloud's value here and
    // queues nothing. Throws StoreError (NotFound) for an unknown id, or the store's error.
    void resolve(qint64 id, Keep keep);

    // For sync, inside its transaction.
    QList<SyncConflict> forLead(const QString& leadId);
    // Adds the conflict, or replaces the lead's open one for the same field. Returns true when new.
    bool record(const QString& leadId, const QString& field, const nlohmann::json& localValue,
                const nlohmann::json& serverValue, const ServerChange& change);
    void updateServerSide(qint64 id, const nlohmann::json& serverValue, const ServerChange& change);
    void remove(qint64 id);
    void removeForLead(const QString& leadId);

    void notifyChanged();

Q_SIGNALS:
    void conflictsChanged();

private:
    void resolveDeletion(const SyncConflict& conflict, Keep keep);
    void resolveField(const SyncConflict& conflict, Keep keep);
    QList<SyncConflict> select(const QString& where, const QVariant& value);
    void describe(SyncConflict& conflict);

    Database& m_db;
    LeadRepository* m_leads;
};

} // namespace leadbox
