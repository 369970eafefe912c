// Times sync against a real devcloud on loopback, through the client code the app and the CLI use
// (AccountContext, its keychain, SyncEngine::syncAndWait()):
//
//   bench_sync [--leads N] [--edits M] [--runs K]
//
// 1. Starts `leadbox-devcloud --seed demo` on a free port with a scratch data file, signs in as the
//    demo admin, creates a workspace and seeds N leads into it (POST …/seedLeads).
// 2. Pull: K runs, each a first sync of that workspace into a new, empty store.
// 3. Where the time goes: the same feed pages fetched once through CloudClient (the pull's own
//    transport), then parsed in memory K times with nlohmann::json alone; parsed K times into the
//    client's FeedPage; and applied once with PullApplier into another empty store.
// 4. Push: K runs, each of M offline edits through LeadRepository::update (one lead, one transaction
//    and one outbox row each, as a person edits), then one timed sync that pushes them all.
//
// The sign-in keeps the refresh token in the keychain, as in the app: scripts/bench runs this inside
// dbus-run-session with an unlocked gnome-keyring (without one, QtKeychain warns and the session lives
// in memory only). Prints `RESULT name value unit` and `NOTE text` lines for scripts/bench; progress
// goes to stderr.

#include "BenchStats.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadRepository.h"
#include "models/store/OutboxRepository.h"
#include "models/sync/PullApplier.h"
#include "models/sync/SyncTypes.h"
#include "services/accounts/AccountContext.h"
#include "services/cloud/CloudClient.h"
#include "services/net/HttpClient.h"
#include "services/sync/SyncEngine.h"
#include "tests/integration/DevcloudProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <cstdio>
#include <nlohmann/json.hpp>

using namespace leadbox;

namespace {

struct Options
{
    int leads = 100000;
    int edits = 10000;
    int runs = 3;
};

// What ends the benchmark; main() prints it after the devcloud process and the sign-in are cleaned up.
struct BenchFailure
{
    QString message;
};

void progress(const QString& text)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] void fail(const QString& text)
{
    throw BenchFailure{text};
}

std::optional<Options> parseOptions(const QStringList& args)
{
    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const QString value = args.value(i + 1);
        bool ok = true;
        if (arg == QLatin1String("--leads")) {
            options.leads = value.toInt(&ok);
            ok = ok && options.leads >= 1 && options.leads <= 1000000;
        } else if (arg == QLatin1String("--edits")) {
            options.edits = value.toInt(&ok);
            ok = ok && options.edits >= 1;
        } else if (arg == QLatin1String("--runs")) {
            options.runs = value.toInt(&ok);
            ok = ok && options.runs >= 1 && options.runs <= 20;
        } else {
            ok = false;
        }
        if (!ok) {
            return std::nullopt;
        }
        ++i;
    }
    return options;
}

QString runsText(const std::vector<double>& runs)
{
    QStringList parts;
    for (const double ms : runs) {
        parts << QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    }
    return parts.join(QStringLiteral(", "));
}

// The benchmark's workspace, its pages and its account, shared by the steps below.
class SyncBench
{
public:
    SyncBench(const Options& options, DevcloudProcess& devcloud)
        : m_options(options)
        , m_devcloud(devcloud)
        , m_location(m_dataDir.filePath(QStringLiteral("data")))
        , m_keychainService(
              QStringLiteral("LeadBox-bench-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"),
                           QStringLiteral("127.0.0.1:%1").arg(devcloud.port()));
        m_config = CloudConfig::resolve(
            {QStringLiteral("http://127.0.0.1:%1").arg(devcloud.port()), QStringLiteral("bench-api-key"), {}},
            environment, CloudConfig::Values{});
        m_context = std::make_unique<AccountContext>(m_location, m_config, m_keychainService);
    }

    ~SyncBench()
    {
        // Leaves no entry behind in the keychain, scratch or not.
        if (m_context && m_context->hasAccount()) {
            m_context->signOutAndWait(false);
        }
    }

    void signInAndSeed()
    {
        const AuthResult signIn = m_context->signInAndWait(QStringLiteral("admin@demo.leadbox.test"),
                                                           QStringLiteral("demo-password"));
        if (!signIn.ok()) {
            fail(QStringLiteral("sign-in failed: %1").arg(signIn.message));
        }
        const CloudResult<CloudWorkspace> created =
            m_context->cloud()->createWorkspaceAndWait(QStringLiteral("Sync benchmark"));
        if (!created.ok()) {
            fail(QStringLiteral("cannot create the workspace: %1").arg(created.error.message));
        }
        m_workspaceId = created.value.id;
        m_context->setCurrentWorkspace(AccountContext::Workspace::cloud(created.value));

        const bench::Stopwatch clock;
        const HttpResult seeded = HttpClient::wait(m_context->http()->send(HttpRequest::json(
            "POST",
            m_devcloud.url(QStringLiteral("/devcloud/v1/workspaces/%1/seedLeads")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceId)))),
            QJsonObject{{QStringLiteral("count"), m_options.leads}})));
        if (seeded.status != 200) {
            fail(QStringLiteral("seedLeads answered HTTP %1: %2")
                     .arg(seeded.status)
                     .arg(QString::fromUtf8(seeded.body.left(200))));
        }
        progress(QStringLiteral("seeded %1 leads in %2 ms")
                     .arg(m_options.leads)
                     .arg(clock.elapsedMs(), 0, 'f', 0));
        bench::result("seed_ms", clock.elapsedMs(), "ms");
    }

    // K first syncs, each into a new, empty store; the last store stays for the push runs.
    void pull()
    {
        std::vector<double> runs;
        std::vector<double> opens;
        for (int run = 1; run <= m_options.runs; ++run) {
            m_store.reset();
            removeStore();
            const bench::Stopwatch openClock;
            m_store = m_context->openCurrentStore();
            opens.push_back(openClock.elapsedMs());
            if (m_store->leads().count() != 0) {
                fail(QStringLiteral("the new store is not empty"));
            }
            const bench::Stopwatch clock;
            const SyncRunRecord record = syncOnce();
            const double ms = clock.elapsedMs();
            if (record.failed) {
                fail(QStringLiteral("the pull failed: %1").arg(record.error));
            }
            const qint64 stored = m_store->leads().count();
            if (record.pulled != m_options.leads || stored != m_options.leads) {
                fail(QStringLiteral("the pull brought %1 changes and the store holds %2 leads, not %3")
                         .arg(record.pulled)
                         .arg(stored)
                         .arg(m_options.leads));
            }
            runs.push_back(ms);
            progress(
                QStringLiteral("pull run %1 of %2: %3 ms").arg(run).arg(m_options.runs).arg(ms, 0, 'f', 0));
        }
        bench::result("pull_ms", bench::median(runs), "ms");
        bench::result("pull_store_open_ms", bench::median(opens), "ms");
        bench::note(QStringLiteral("pull runs (sync into a new, empty store): %1; creating the empty store "
                                   "took %2 ms more (median), outside the timing")
                        .arg(runsText(runs))
                        .arg(bench::median(opens), 0, 'f', 1));
    }

    // The feed pages once over HTTP, then parsed in memory: by nlohmann::json alone, and into FeedPage.
    void rawParse()
    {
        const int pageLimit = SyncRun::Options().pageLimit;
        QString cursor;
        double fetchMs = 0.0;
        qint64 bytes = 0;
        for (bool more = true; more;) {
            const QString path = QStringLiteral("/v1/workspaces/%1/changes?since=%2&limit=%3")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceId)),
                                          QString::fromLatin1(QUrl::toPercentEncoding(cursor)))
                                     .arg(pageLimit);
            const bench::Stopwatch clock;
            CloudReply* reply = m_context->cloud()->callRaw("GET", path, {});
            CloudClient::wait(reply);
            fetchMs += clock.elapsedMs();
            if (reply->error().isError()) {
                fail(QStringLiteral("fetching a feed page failed: %1").arg(reply->error().message));
            }
            QByteArray body = reply->rawBody();
            reply->deleteLater();
            const nlohmann::json page =
                nlohmann::json::parse(body.constData(), body.constData() + body.size());
            cursor = QString::fromStdString(page.at("cursor").get<std::string>());
            more = page.at("hasMore").get<bool>();
            bytes += body.size();
            m_pages.push_back(std::move(body));
        }
        bench::result("feed_pages", static_cast<double>(m_pages.size()), "pages");
        bench::result("feed_mb", static_cast<double>(bytes) / 1e6, "MB");
        bench::result("fetch_ms", fetchMs, "ms");

        std::vector<double> raw;
        std::vector<double> client;
        std::size_t changes = 0;
        for (int run = 1; run <= m_options.runs; ++run) {
            changes = 0;
            const bench::Stopwatch clock;
            for (const QByteArray& body : m_pages) {
                const nlohmann::json page =
                    nlohmann::json::parse(body.constData(), body.constData() + body.size());
                changes += page.at("changes").size();
            }
            raw.push_back(clock.elapsedMs());
            const bench::Stopwatch feedClock;
            for (const QByteArray& body : m_pages) {
                const std::optional<FeedPage> page = FeedPage::parse(body);
                if (!page) {
                    fail(QStringLiteral("FeedPage::parse refused a page"));
                }
            }
            client.push_back(feedClock.elapsedMs());
        }
        if (changes != static_cast<std::size_t>(m_options.leads)) {
            fail(QStringLiteral("the feed held %1 changes, not %2").arg(changes).arg(m_options.leads));
        }
        bench::result("raw_parse_ms", bench::median(raw), "ms");
        bench::result("feed_parse_ms", bench::median(client), "ms");
        bench::note(QStringLiteral("the feed: %1 pages of up to %2 changes, %3 MB of JSON; fetched once "
                                   "through CloudClient::callRaw in %4 ms (no parsing, no store)")
                        .arg(m_pages.size())
                        .arg(pageLimit)
                        .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
                        .arg(fetchMs, 0, 'f', 0));
        bench::note(QStringLiteral("raw parse runs (nlohmann::json::parse of every page in memory): %1 ms")
                        .arg(msList(raw)));
        bench::note(
            QStringLiteral("client parse runs (FeedPage::parse, nlohmann::json into ServerChange): %1 ms")
                .arg(msList(client)));
    }

    // The pages, parsed beforehand, applied by PullApplier into another empty store: the store's share.
    void applyOnly()
    {
        std::vector<FeedPage> pages;
        for (const QByteArray& body : m_pages) {
            pages.push_back(*FeedPage::parse(body));
        }
        const QString otherId = m_workspaceId + QStringLiteral("-apply");
        const std::unique_ptr<WorkspaceStore> store =
            WorkspaceStore::openCloud(m_location, m_context->accountUid(), otherId, QStringLiteral("apply"));
        const bench::Stopwatch clock;
        for (const FeedPage& page : pages) {
            PullApplier(store->database()).apply(page);
        }
        const double ms = clock.elapsedMs();
        if (store->leads().count() != m_options.leads) {
            fail(QStringLiteral("PullApplier stored %1 leads, not %2")
                     .arg(store->leads().count())
                     .arg(m_options.leads));
        }
        bench::result("apply_ms", ms, "ms");
    }

    // K rounds of M offline edits, each round pushed by one timed sync.
    void push()
    {
        std::vector<double> runs;
        std::vector<double> editing;
        LeadQuery query;
        query.limit = m_options.edits;
        const QList<Lead> chosen = m_store->leads().list(query);
        if (chosen.size() != m_options.edits) {
            fail(QStringLiteral("the store holds %1 leads to edit, not %2")
                     .arg(chosen.size())
                     .arg(m_options.edits));
        }
        for (int run = 1; run <= m_options.runs; ++run) {
            // Catch up first (the previous round's own changes come back), so the timed sync only pushes.
            const SyncRunRecord catchUp = syncOnce();
            if (catchUp.failed || m_store->outbox().pendingChanges() != 0) {
                fail(QStringLiteral("the sync before the edits failed: %1").arg(catchUp.error));
            }
            const bench::Stopwatch editClock;
            int index = 0;
            for (const Lead& original : chosen) {
                std::optional<Lead> lead = m_store->leads().findById(original.id);
                if (!lead) {
                    fail(QStringLiteral("a lead to edit is gone"));
                }
                lead->company = QStringLiteral("Bench round %1, lead %2").arg(run).arg(++index);
                m_store->leads().update(*lead);
            }
            editing.push_back(editClock.elapsedMs());
            const qint64 pending = m_store->outbox().pendingChanges();
            if (pending != m_options.edits) {
                fail(QStringLiteral("%1 edits left %2 outbox rows").arg(m_options.edits).arg(pending));
            }
            const qint64 appliedBefore = opsApplied();

            const bench::Stopwatch clock;
            const SyncRunRecord record = syncOnce();
            const double ms = clock.elapsedMs();
            if (record.failed) {
                fail(QStringLiteral("the push failed: %1").arg(record.error));
            }
            const qint64 applied = opsApplied() - appliedBefore;
            if (record.pushed != m_options.edits || m_store->outbox().pendingChanges() != 0 ||
                applied != m_options.edits) {
                fail(QStringLiteral("the push sent %1 of %2 edits (the cloud applied %3; %4 still pending; "
                                    "%5 conflicts, %6 refused)")
                         .arg(record.pushed)
                         .arg(m_options.edits)
                         .arg(applied)
                         .arg(m_store->outbox().pendingChanges())
                         .arg(record.conflicts)
                         .arg(record.rejected));
            }
            runs.push_back(ms);
            progress(
                QStringLiteral("push run %1 of %2: %3 ms").arg(run).arg(m_options.runs).arg(ms, 0, 'f', 0));
        }
        bench::result("push_ms", bench::median(runs), "ms");
        bench::result("edit_ms", bench::median(editing), "ms");
        bench::note(QStringLiteral("push runs (one sync with %1 pending edits; the pull before it finds "
                                   "nothing new): %2; the cloud applied every op each time")
                        .arg(m_options.edits)
                        .arg(runsText(runs)));
        bench::note(QStringLiteral("making the %1 edits through LeadRepository::update (one transaction and "
                                   "outbox row each), outside the timing: %2")
                        .arg(m_options.edits)
                        .arg(runsText(editing)));
    }

private:
    SyncRunRecord syncOnce()
    {
        SyncEngine::Options options;
        options.watchNetwork = false;
        SyncEngine engine(*m_store, m_context->cloud(), m_workspaceId, options);
        return engine.syncAndWait();
    }

    void removeStore()
    {
        const QString file = m_location.cloudWorkspaceFile(m_context->accountUid(), m_workspaceId);
        QDir folder = QFileInfo(file).absoluteDir();
        if (folder.exists() && !folder.removeRecursively()) {
            fail(QStringLiteral("cannot remove %1").arg(folder.path()));
        }
    }

    qint64 opsApplied()
    {
        const HttpResult stats = HttpClient::wait(m_context->http()->send(HttpRequest::json(
            "GET",
            m_devcloud.url(QStringLiteral("/devcloud/v1/workspaces/%1/stats")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceId)))),
            {})));
        QJsonObject json;
        if (stats.status != 200 || !stats.jsonObject(&json)) {
            fail(QStringLiteral("the stats endpoint answered HTTP %1").arg(stats.status));
        }
        return json.value(QStringLiteral("opsApplied")).toInteger();
    }

    static QString msList(const std::vector<double>& runs)
    {
        QStringList parts;
        for (const double ms : runs) {
            parts << QString::number(ms, 'f', 0);
        }
        return parts.join(QStringLiteral(", "));
    }

    Options m_options;
    DevcloudProcess& m_devcloud;
    QTemporaryDir m_dataDir;
    DataLocation m_location;
    QString m_keychainService;
    CloudConfig m_config;
    std::unique_ptr<AccountContext> m_context;
    QString m_workspaceId;
    std::unique_ptr<WorkspaceStore> m_store;
    std::vector<QByteArray> m_pages;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // A log line per edited lead would cost more than the edit; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));

    const std::optional<Options> options = parseOptions(app.arguments());
    if (!options) {
        std::fputs("usage: bench_sync [--leads N] [--edits M] [--runs K]\n", stderr);
        return 2;
    }
    if (options->edits > options->leads) {
        std::fputs("bench_sync: --edits cannot be more than --leads\n", stderr);
        return 2;
    }
    try {
        DevcloudProcess devcloud;
        if (!devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")})) {
            fail(QStringLiteral("devcloud: %1").arg(devcloud.error()));
        }
        SyncBench bench(*options, devcloud);
        bench.signInAndSeed();
        bench.pull();
        bench.rawParse();
        bench.applyOnly();
        bench.push();
    } catch (const BenchFailure& failure) {
        // The first line is what scripts/bench shows.
        std::fprintf(stderr, "%s\n", qPrintable(failure.message));
        return 1;
    } catch (const StoreError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
