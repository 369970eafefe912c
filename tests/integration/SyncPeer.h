#pragma once

#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/sync/SyncRunRepository.h"
#include "services/accounts/AccountContext.h"
#include "services/auth/Session.h"
#include "services/cloud/CloudConfig.h"
#include "services/sync/SyncEngine.h"
#include "tests/integration/DevcloudProcess.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

// One LeadBox installation for the sync integration tests: its own data folder and keychain entry,
// signed in to a devcloud on loopback (reached through FIREBASE_AUTH_EMULATOR_HOST as in the app), with
// the cache of one cloud workspace open and a SyncEngine over it. Edits go through the store as the app
// makes them; nothing syncs until sync() or the engine's own triggers (startEngine()).
class SyncPeer
{
public:
    static QString password() { return QStringLiteral("demo-password"); }

    explicit SyncPeer(const DevcloudProcess& devcloud)
        : m_keychainService(
              QStringLiteral("LeadBox-sync-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QProcessEnvironment env;
        const QString host = QStringLiteral("127.0.0.1:%1").arg(devcloud.port());
        env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), host);
        const leadbox::CloudConfig config = leadbox::CloudConfig::resolve(
            {QStringLiteral("http://") + host, QStringLiteral("test-api-key"), {}}, env,
            leadbox::CloudConfig::Values{});
        context = std::make_unique<leadbox::AccountContext>(leadbox::DataLocation(m_dir.path()), config,
                                                            m_keychainService);
    }
    ~SyncPeer()
    {
        engine.reset();
        store.reset();
        if (context && context->isSignedIn()) {
            context->signOutAndWait(false); // removes the keychain entry
        }
    }
    SyncPeer(const SyncPeer&) = delete;
    SyncPeer& operator=(const SyncPeer&) = delete;

    // Signs in and opens the cache of `workspaceId`; `options` tune the engine (timeouts, backoff).
    // Returns an error sentence, or "" on success.
    QString signIn(const QString& email, const QString& workspaceId,
                   leadbox::SyncEngine::Options options = quickOptions())
    {
        const leadbox::AuthResult result = context->signInAndWait(email, password());
        if (!result.ok()) {
            return QStringLiteral("sign-in as %1 failed: %2").arg(email, result.message);
        }
        context->setCurrentWorkspace({workspaceId, workspaceId, leadbox::Role::Member, false});
        store = context->openCurrentStore();
        options.watchNetwork = false;
        engine = std::make_unique<leadbox::SyncEngine>(*store, context->cloud(), workspaceId, options);
        return {};
    }

    // Short waits, so that a test of retries takes seconds: the app's defaults are 1 s and 2 s bases.
    static leadbox::SyncEngine::Options quickOptions()
    {
        leadbox::SyncEngine::Options options;
        options.backoffBaseMs = 200;
        options.backoffMaxMs = 2000;
        options.editDelayMs = 100;
        options.run.retryBaseMs = 200;
        options.run.maxRetryWaitMs = 10000;
        return options;
    }

    // One run, as "Sync now" or `leadbox-cli sync` makes it.
    leadbox::SyncRunRecord sync() { return engine->syncAndWait(); }

    std::optional<leadbox::Lead> lead(const QString& id) { return store->leads().findById(id); }
    // Edits one lead as the lead editor does: read, change, store (with its outbox row).
    leadbox::Lead edit(const QString& id, const std::function<void(leadbox::Lead&)>& change)
    {
        leadbox::Lead lead = store->leads().findById(id).value_or(leadbox::Lead{});
        change(lead);
        return store->leads().update(lead);
    }
    void remove(const QString& id) { store->leads().remove({id}); }
    qint64 pending() { return store->outbox().pendingChanges(); }
    QList<leadbox::SyncConflict> conflicts() { return store->conflicts().list(); }

private:
    QTemporaryDir m_dir; // first in, last out: the store's file lives in it
    QString m_keychainService;

public:
    std::unique_ptr<leadbox::AccountContext> context;
    std::unique_ptr<leadbox::WorkspaceStore> store;
    std::unique_ptr<leadbox::SyncEngine> engine;
};
