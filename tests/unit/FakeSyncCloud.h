#pragma once

#include "services/sync/SyncTransport.h"

#include <QTimer>
#include <QUuid>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

// An in-memory stand-in for the cloud's two sync endpoints (notes/sync-protocol.md), small enough to
// read: one workspace, leads only, the field-level conflict rule, opId idempotency, and faults a test
// queues for the next requests. Answers always arrive from the event loop, like real ones.
class FakeSyncCloud : public leadbox::SyncTransport
{
public:
    enum class Fault
    {
        Status,        // answer `status` with the error envelope (and Retry-After when set); apply nothing
        Offline,       // the connection fails; apply nothing
        ApplyThenDrop, // mutations: apply and commit, then lose the answer
    };
    struct Rule
    {
        Fault fault;
        bool mutations; // else the change feed
        int status = 503;
        qint64 retryAfterMs = -1;
    };
    struct Entity
    {
        qint64 version = 0;
        bool deleted = false;
        nlohmann::json data = nlohmann::json::object();
        std::map<std::string, qint64> fieldVersions;
    };

    std::map<std::string, Entity> leads;
    std::set<std::string> appliedOps;
    std::deque<Rule> faults;
    qint64 seq = 0;
    int changeRequests = 0;
    int mutationRequests = 0;
    int duplicates = 0;
    QString lastRequestId;

    void fetchChanges(const QString& cursor, int limit, QObject* context, Callback done) override
    {
        ++changeRequests;
        if (failed(false, context, done)) {
            return;
        }
        const qint64 since = cursor.toLongLong();
        std::vector<std::pair<qint64, std::string>> order;
        for (const auto& [id, lead] : leads) {
            if (lead.version > since) {
                order.emplace_back(lead.version, id);
            }
        }
        std::sort(order.begin(), order.end());
        nlohmann::json changes = nlohmann::json::array();
        qint64 last = since;
        for (std::size_t i = 0; i < order.size() && i < static_cast<std::size_t>(limit); ++i) {
            changes.push_back(feedEntry(order[i].second));
            last = order[i].first;
        }
        const bool more = order.size() > static_cast<std::size_t>(limit);
        answer(context, done, {{"changes", changes}, {"cursor", std::to_string(last)}, {"hasMore", more}});
    }

    void pushMutations(const QByteArray& body, QObject* context, Callback done) override
    {
        ++mutationRequests;
        const bool applyThenDrop =
            !faults.empty() && faults.front().mutations && faults.front().fault == Fault::ApplyThenDrop;
        if (!applyThenDrop && failed(true, context, done)) {
            return;
        }
        nlohmann::json results = nlohmann::json::array();
        const nlohmann::json request = nlohmann::json::parse(body.toStdString());
        for (const nlohmann::json& op : request.at("mutations")) {
            results.push_back(apply(op));
        }
        if (applyThenDrop) {
            faults.pop_front();
            respond(context, done, offline());
            return;
        }
        answer(context, done, {{"results", results}});
    }

    nlohmann::json feedEntry(const std::string& id) const
    {
        const Entity& lead = leads.at(id);
        nlohmann::json versions = nlohmann::json::object();
        for (const auto& [field, version] : lead.fieldVersions) {
            versions[field] = version;
        }
        return {{"entity", "lead"},
                {"id", id},
                {"version", lead.version},
                {"deleted", lead.deleted},
                {"data", lead.data},
                {"fieldVersions", versions},
                {"updatedBy", {{"uid", "u-cloud"}, {"email", "someone@example.com"}}},
                {"updatedAt", "2026-03-01T12:00:00.000Z"}};
    }

private:
    static leadbox::SyncResponse offline()
    {
        leadbox::SyncResponse response;
        response.error = {QStringLiteral("offline"),
                          QStringLiteral("LeadBox cannot reach the LeadBox cloud."),
                          QUuid::createUuid().toString(QUuid::WithoutBraces), 0};
        return response;
    }

    bool failed(bool mutations, QObject* context, const Callback& done)
    {
        if (faults.empty() || faults.front().mutations != mutations) {
            return false;
        }
        const Rule rule = faults.front();
        faults.pop_front();
        leadbox::SyncResponse response = offline();
        if (rule.fault == Fault::Status) {
            response.httpStatus = rule.status;
            response.retryAfterMs = rule.retryAfterMs;
            response.error.code =
                rule.status == 403 ? QStringLiteral("forbidden") : QStringLiteral("unavailable");
            response.error.message = QStringLiteral("The cloud said no (HTTP %1).").arg(rule.status);
        }
        lastRequestId = response.error.requestId;
        respond(context, done, response);
        return true;
    }

    void answer(QObject* context, const Callback& done, const nlohmann::json& body)
    {
        leadbox::SyncResponse response;
        response.body = QByteArray::fromStdString(body.dump());
        response.httpStatus = 200;
        response.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lastRequestId = response.requestId;
        respond(context, done, response);
    }

    static void respond(QObject* context, const Callback& done, const leadbox::SyncResponse& response)
    {
        QTimer::singleShot(0, context, [done, response] { done(response); });
    }

    static std::vector<std::string> fieldsOf(const nlohmann::json& fields)
    {
        std::vector<std::string> names;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() == "custom") {
                for (auto value = it->begin(); value != it->end(); ++value) {
                    names.push_back("custom." + value.key());
                }
            } else if (it.key() != "createdAt" && it.key() != "updatedAt") {
                names.push_back(it.key());
            }
        }
        return names;
    }

    static nlohmann::json valueOf(const nlohmann::json& data, const std::string& field)
    {
        if (field.rfind("custom.", 0) == 0) {
            return data.value("custom", nlohmann::json::object()).value(field.substr(7), std::string());
        }
        return data.value(field, nlohmann::json());
    }

    nlohmann::json apply(const nlohmann::json& op)
    {
        const std::string opId = op.at("opId");
        if (appliedOps.count(opId) > 0) {
            ++duplicates;
            return {{"opId", opId}, {"status", "duplicate"}, {"version", leads[op.at("id")].version}};
        }
        const std::string id = op.at("id");
        const std::string kind = op.at("op");
        const qint64 base = op.value("baseVersion", qint64{0});
        const nlohmann::json& fields = op.at("fields");
        const bool exists = leads.count(id) > 0 && !leads[id].deleted;
        Entity& lead = leads[id];
        if (kind != "create" && !exists) {
            if (lead.version == 0) {
                leads.erase(id);
                return {{"opId", opId},
                        {"status", "rejected"},
                        {"reason", {{"code", "not_found"}, {"message", "No such lead."}}}};
            }
            return conflict(opId, id, {"deleted"});
        }
        if (kind == "delete") {
            for (const auto& [field, version] : lead.fieldVersions) {
                if (version > base) {
                    return conflict(opId, id, {"deleted"});
                }
            }
            lead.deleted = true;
        } else {
            std::vector<std::string> clashes;
            if (exists) {
                for (const std::string& field : fieldsOf(fields)) {
                    if (field != "tags" && lead.fieldVersions[field] > base &&
                        valueOf(lead.data, field) != valueOf(fields, field)) {
                        clashes.push_back(field);
                    }
                }
            } else {
                lead = Entity{};
            }
            if (!clashes.empty()) {
                return conflict(opId, id, clashes);
            }
            ++seq;
            for (const std::string& field : fieldsOf(fields)) {
                if (field.rfind("custom.", 0) == 0) {
                    lead.data["custom"][field.substr(7)] = valueOf(fields, field);
                } else if (field == "tags" && fields["tags"].is_object()) {
                    nlohmann::json tags = lead.data.value("tags", nlohmann::json::array());
                    for (const auto& tag : fields["tags"].value("remove", nlohmann::json::array())) {
                        tags.erase(std::remove(tags.begin(), tags.end(), tag), tags.end());
                    }
                    for (const auto& tag : fields["tags"].value("add", nlohmann::json::array())) {
                        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) {
                            tags.push_back(tag);
                        }
                    }
                    lead.data["tags"] = tags;
                } else {
                    lead.data[field] = fields.at(field);
                }
                lead.fieldVersions[field] = seq;
            }
            for (const char* time : {"createdAt", "updatedAt"}) {
                if (fields.contains(time)) {
                    lead.data[time] = fields.at(time);
                }
            }
            lead.version = seq;
            appliedOps.insert(opId);
            return {{"opId", opId}, {"status", "applied"}, {"version", seq}};
        }
        lead.version = ++seq;
        appliedOps.insert(opId);
        return {{"opId", opId}, {"status", "applied"}, {"version", seq}};
    }

    nlohmann::json conflict(const std::string& opId, const std::string& id,
                            const std::vector<std::string>& fields)
    {
        return {{"opId", opId}, {"status", "conflict"}, {"fields", fields}, {"server", feedEntry(id)}};
    }
};
