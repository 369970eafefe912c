#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace leadbox {

// One entity's latest state in the cloud: an entry of the change feed, or the server copy that a
// conflicting mutation comes back with (notes/sync-protocol.md).
struct ServerChange
{
    QString entity; // "lead"; others are skipped by this client
    QString id;
    qint64 version = 0;
    bool deleted = false;
    nlohmann::json data = nlohmann::json::object(); // leadToJson's shape without id and version
    QHash<QString, qint64> fieldVersions;           // "email", "tags", "custom.<fieldId>", …
    QString updatedBy;                              // the email (or uid) of who changed it last
    QDateTime updatedAt;

    qint64 fieldVersion(const QString& field) const { return fieldVersions.value(field, 0); }
    // True when any field changed after `version` (or, without field versions, the entity did).
    bool changedAfter(qint64 version) const;

    static std::optional<ServerChange> fromJson(const nlohmann::json& json);
};

// One page of GET /v1/workspaces/{ws}/changes.
struct FeedPage
{
    QList<ServerChange> changes;
    QString cursor;
    bool hasMore = false;
    int skipped = 0; // entries that were not objects or lacked an id

    // Nothing when the body is not a feed page at all.
    static std::optional<FeedPage> parse(const QByteArray& body);
};

// The result of one op of POST /v1/workspaces/{ws}/mutations.
struct MutationResult
{
    enum class Status
    {
        Applied,
        Duplicate,
        Conflict,
        Rejected,
    };

    QString opId;
    Status status = Status::Rejected;
    qint64 version = 0;                 // applied, duplicate
    QStringList fields;                 // conflict: the fields that clashed
    std::optional<ServerChange> server; // conflict: the server copy
    QString reasonCode;                 // rejected: forbidden, validation, not_found, duplicate_email
    QString reasonMessage;              // rejected: a sentence from the cloud

    // Nothing when the body is not a results list.
    static std::optional<QList<MutationResult>> parseAll(const QByteArray& body);
};

} // namespace leadbox
