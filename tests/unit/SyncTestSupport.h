#pragma once

#include "models/WorkspaceStore.h"
#include "models/store/OutboxRepository.h"
#include "models/sync/PullApplier.h"
#include "models/sync/SyncTypes.h"

#include <QtTest>
#include <nlohmann/json.hpp>

// Builds the cloud's side of sync for the merge tests: feed entries in the protocol's shape
// (notes/sync-protocol.md), parsed by the client's own parser, applied to a real store.
namespace SyncTest {

inline nlohmann::json leadData(const char* email, const char* firstName, const char* company)
{
    return {{"email", email},
            {"firstName", firstName},
            {"lastName", "Lee"},
            {"company", company},
            {"phone", ""},
            {"status", "new"},
            {"tags", nlohmann::json::array()},
            {"source", ""},
            {"createdAt", "2026-01-01T09:00:00.000Z"},
            {"updatedAt", "2026-01-01T09:00:00.000Z"},
            {"custom", nlohmann::json::object()},
            {"consent", "unknown"}};
}

// One feed entry. With no `fieldVersions`, every field of `data` changed at `version`; otherwise the
// fields it does not name date from version 1.
inline nlohmann::json change(const char* id, qint64 version, const nlohmann::json& data,
                             nlohmann::json fieldVersions = nlohmann::json::object(), bool deleted = false)
{
    const qint64 unnamed = fieldVersions.empty() ? version : 1;
    if (!deleted) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (it.key() == "custom") {
                for (auto value = it->begin(); value != it->end(); ++value) {
                    if (!fieldVersions.contains("custom." + value.key())) {
                        fieldVersions["custom." + value.key()] = unnamed;
                    }
                }
            } else if (it.key() != "createdAt" && it.key() != "updatedAt" &&
                       !fieldVersions.contains(it.key())) {
                fieldVersions[it.key()] = unnamed;
            }
        }
    }
    return {{"entity", "lead"},
            {"id", id},
            {"version", version},
            {"deleted", deleted},
            {"data", data},
            {"fieldVersions", fieldVersions},
            {"updatedBy", {{"uid", "u-bob"}, {"email", "bob@example.com"}}},
            {"updatedAt", "2026-02-01T10:00:00.000Z"}};
}

inline nlohmann::json tombstone(const char* id, qint64 version)
{
    return change(id, version, nlohmann::json::object(), nlohmann::json::object(), true);
}

// A vector, not a json: `{x}` would make a json array holding x only if it were not itself a json.
inline leadbox::FeedPage page(const std::vector<nlohmann::json>& changes, const std::string& cursor = "1")
{
    const nlohmann::json body = {{"changes", changes}, {"cursor", cursor}, {"hasMore", false}};
    const std::optional<leadbox::FeedPage> parsed =
        leadbox::FeedPage::parse(QByteArray::fromStdString(body.dump()));
    if (!parsed) {
        qFatal("test page did not parse");
    }
    return *parsed;
}

inline leadbox::PullApplier::Outcome pull(leadbox::WorkspaceStore& store,
                                          const std::vector<nlohmann::json>& changes,
                                          const std::string& cursor = "1")
{
    return leadbox::PullApplier(store.database()).apply(page(changes, cursor));
}

inline leadbox::Lead lead(leadbox::WorkspaceStore& store, const QString& id)
{
    const std::optional<leadbox::Lead> found = store.leads().findById(id);
    if (!found) {
        qFatal("lead %s is missing", qPrintable(id));
    }
    return *found;
}

inline QList<leadbox::OutboxEntry> outbox(leadbox::WorkspaceStore& store)
{
    return store.outbox().pending(1000);
}

inline QString dumped(const nlohmann::json& json)
{
    return QString::fromStdString(json.dump());
}

} // namespace SyncTest
