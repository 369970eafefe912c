#pragma once

#include "tests/integration/SyncClient.h"
#include "tests/integration/SyncPeer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// A batch of offline edits in a fresh cloud workspace, and what the cloud must hold once they are in:
// for the fault and token tests. The workspace gets `leads` generated leads; the client pulls them, then
// (offline) changes the company of `updates` of them, deletes `deletes` others and adds `creates` new
// ones, each a lead of its own so that every edit is exactly one change in the cloud.
struct OfflineEdits
{
    int leads = 0;
    int updates = 0;
    int deletes = 0;
    int creates = 0;
    QString tag; // makes values and emails unique to this scenario

    int total() const { return updates + deletes + creates; }
    static QString company(const QString& tag, int n)
    {
        return QStringLiteral("Edited %1 #%2").arg(tag).arg(n);
    }

    QStringList updatedIds;
    QStringList deletedIds;
    QStringList createdIds;
    QList<leadbox::Lead> deletedLeads; // as they were, for an undo
    qint64 seqBefore = 0;
    qint64 opsBefore = 0;
};

// A workspace of `owner` (signed in through `http`) holding `count` generated leads; "" on failure.
inline QString seededWorkspace(DevcloudClient& http, SyncClient& sync, const QString& owner, int count)
{
    const ::Session session = http.session(owner, SyncPeer::password());
    const QString ws =
        http.post(QStringLiteral("/v1/workspaces"), {{"name", "Offline edits"}}, session.idToken).text("/id");
    if (ws.isEmpty() || (count > 0 && sync.seedLeads(ws, count).status != 200)) {
        return {};
    }
    return ws;
}

// Pulls the workspace into `peer`, then makes the edits offline. Fails the test on a problem.
inline void makeOfflineEdits(SyncPeer& peer, SyncClient& cloud, const QString& ws, OfflineEdits& edits)
{
    using namespace leadbox;
    const SyncRunRecord first = peer.sync();
    QVERIFY2(!first.failed, qPrintable(first.error));
    QCOMPARE(peer.store->leads().count(), qint64{edits.leads});
    QVERIFY(edits.updates + edits.deletes <= edits.leads);

    LeadQuery query;
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    query.limit = edits.leads;
    const QList<Lead> leads = peer.store->leads().list(query);
    QCOMPARE(leads.size(), edits.leads);
    for (int i = 0; i < edits.updates; ++i) {
        edits.updatedIds.append(leads.at(i).id);
    }
    for (int i = 0; i < edits.deletes; ++i) {
        edits.deletedIds.append(leads.at(edits.updates + i).id);
    }
    const QString tag = edits.tag;
    const QString emailPart = QString(tag).toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    int n = 0;
    QHash<QString, int> number;
    for (const QString& id : edits.updatedIds) {
        number.insert(id, n++);
    }
    peer.store->leads().changeMany(
        edits.updatedIds, [&](Lead& lead) { lead.company = OfflineEdits::company(tag, number[lead.id]); });
    edits.deletedLeads = peer.store->leads().remove(edits.deletedIds);
    for (int i = 0; i < edits.creates; ++i) {
        Lead lead;
        lead.email = QStringLiteral("new%1-%2@offline.example").arg(i).arg(emailPart);
        lead.firstName = QStringLiteral("New %1").arg(i);
        lead.company = QStringLiteral("Created offline");
        edits.createdIds.append(peer.store->leads().add(lead).id);
    }
    QCOMPARE(peer.pending(), qint64{edits.total()});

    const nlohmann::json stats = cloud.stats(ws);
    edits.seqBefore = stats.value("seq", qint64{-1});
    edits.opsBefore = stats.value("opsApplied", qint64{-1});
}

// The cloud holds each edit exactly once: one new change per edit and one applied op id per edit
// (stats), and reading the changes back shows every edit in place.
inline void verifyEditsInCloud(SyncClient& cloud, DevcloudClient& http, const QString& ws,
                               const QString& token, const OfflineEdits& edits)
{
    const nlohmann::json stats = cloud.stats(ws);
    QCOMPARE(stats.value("seq", qint64{-1}) - edits.seqBefore, qint64{edits.total()});
    QCOMPARE(stats.value("opsApplied", qint64{-1}) - edits.opsBefore, qint64{edits.total()});
    QCOMPARE(stats.value("leads", qint64{-1}), qint64{edits.leads - edits.deletes + edits.creates});
    QCOMPARE(stats.value("tombstones", qint64{-1}), qint64{edits.deletes});

    const ::HttpReply feed = http.get(
        QStringLiteral("/v1/workspaces/%1/changes?since=%2&limit=5000").arg(ws).arg(edits.seqBefore), token);
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.body.value("hasMore", true), false);
    QHash<QString, nlohmann::json> changed;
    for (const auto& change : feed.body["changes"]) {
        changed.insert(QString::fromStdString(change.value("id", std::string())), change);
    }
    QCOMPARE(changed.size(), edits.total());
    for (int i = 0; i < edits.updatedIds.size(); ++i) {
        const nlohmann::json& change = changed.value(edits.updatedIds.at(i));
        QCOMPARE(change.value("deleted", true), false);
        QCOMPARE(QString::fromStdString(change["data"].value("company", std::string())),
                 OfflineEdits::company(edits.tag, i));
    }
    for (const QString& id : edits.deletedIds) {
        QCOMPARE(changed.value(id).value("deleted", false), true);
    }
    for (const QString& id : edits.createdIds) {
        const nlohmann::json& change = changed.value(id);
        QCOMPARE(change.value("deleted", true), false);
        QCOMPARE(QString::fromStdString(change["data"].value("company", std::string())),
                 QStringLiteral("Created offline"));
    }
}

// Runs the engine's own loop (a run now, retries and backoff after failures) until a run leaves nothing
// pending and completes, or `timeoutMs` passes. Returns the runs it took.
inline int syncUntilSettled(SyncPeer& peer, int timeoutMs)
{
    using namespace leadbox;
    QSignalSpy finished(peer.engine.get(), &SyncEngine::runFinished);
    const QDeadlineTimer deadline(timeoutMs);
    peer.engine->start();
    int runs = 0;
    while (!deadline.hasExpired()) {
        if (finished.isEmpty() &&
            !finished.wait(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())))) {
            break;
        }
        finished.removeFirst();
        ++runs;
        const std::optional<SyncRunRecord> run = peer.engine->lastRun();
        if (run && !run->failed && peer.pending() == 0) {
            peer.engine->stop();
            return runs;
        }
    }
    peer.engine->stop();
    return -runs;
}
