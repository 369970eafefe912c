// Measures the Leads page on a big store, the way a user meets it: opening the view, searching,
// sorting and jumping to any row, and the memory all that leaves behind.
//
//   bench_leads_view --data-dir DIR --queries FILE [--open-runs 5] [--jumps 50] [--open-only] [--details]
//   bench_leads_view --reference-sql QUERIES OUT.sql   (the same searches for the sqlite3 shell)
//   bench_leads_view --qt-version
//
// Figures go to stdout as "RESULT name value unit" and "NOTE text" lines for scripts/bench;
// progress goes to stderr. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "BenchStats.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadTableModel.h"
#include "models/leads/SearchExpression.h"
#include "ui/LeadsPage.h"
#include "ui/UiSettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <random>

namespace {

using leadbox::LeadTableModel;
using leadbox::bench::note;
using leadbox::bench::percentile;
using leadbox::bench::result;
using leadbox::bench::Stopwatch;

constexpr int kMaxQueries = 1000;

struct Options
{
    QString dataDir;
    QString queriesFile;
    int openRuns = 5;
    int jumpsPerColumn = 50;
    bool openOnly = false;
    bool details = false; // each search's time and match count on stderr
};

QString argValue(const QStringList& args, const QString& name)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1) : QString();
}

QStringList readQueries(const QString& path)
{
    QStringList queries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return queries;
    }
    QTextStream in(&file);
    while (!in.atEnd() && queries.size() < kMaxQueries) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty()) {
            queries.append(line);
        }
    }
    return queries;
}

// The sqlite3 shell script for the reference: each search as the FTS5 prefix query LeadBox
// builds from it, first page only, with per-statement timing on stdout and the rows discarded.
int writeReferenceSql(const QString& queriesPath, const QString& outPath)
{
    const QStringList queries = readQueries(queriesPath);
    QFile out(outPath);
    if (queries.isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s or write %s\n", qPrintable(queriesPath), qPrintable(outPath));
        return 1;
    }
    QTextStream sql(&out);
    sql << ".output /dev/null\n.timer on\n";
    for (const QString& query : queries) {
        QString match = leadbox::ftsMatchExpression(query);
        match.replace(QLatin1Char('\''), QStringLiteral("''"));
        sql << "SELECT rowid FROM leads_fts WHERE leads_fts MATCH '" << match << "' LIMIT 200;\n";
    }
    return 0;
}

// One Leads page in its own top-level window, as the main window would hold it.
struct OpenView
{
    std::unique_ptr<QWidget> window;
    leadbox::LeadsPage* page = nullptr;
};

// The times of one opening: until the first rows show, until every row is there (a big store gets
// the rest of its order from a worker thread), and how long the window's thread spent taking them
// in (the rows inserted into the model and the view).
struct OpenTimes
{
    double firstRowsMs = 0;
    double completeMs = 0;
    double takingInMs = 0;
};

OpenView openLeadsView(leadbox::WorkspaceStore& store, QUndoStack& undo, leadbox::UiSettings& settings,
                       OpenTimes& times, bool& showedRows)
{
    const Stopwatch clock;
    OpenView view;
    view.window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(view.window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    view.page = new leadbox::LeadsPage(store.leads(), undo, settings);
    layout->addWidget(view.page);
    view.window->resize(1280, 800);
    view.window->show();
    if (!QTest::qWaitForWindowExposed(view.window.get(), 5000)) {
        std::fputs("warning: the window was not exposed within 5 s\n", stderr);
    }
    QCoreApplication::processEvents();
    // A synchronous paint, so the figure includes at least one full paint of the visible rows.
    view.page->view()->viewport()->repaint();
    LeadTableModel* model = view.page->model();
    showedRows = model->rowCount() > 0 && model->data(model->index(0, 0)).isValid();
    times.firstRowsMs = clock.elapsedMs();

    // Outside the figure above: wait for the rest of the rows, timing how long taking them in holds
    // the window's thread (from the rows being announced until the model says it is complete).
    double announcedAt = -1;
    const QMetaObject::Connection announced = QObject::connect(model, &LeadTableModel::rowsAboutToBeInserted,
                                                               [&] { announcedAt = clock.elapsedMs(); });
    const QMetaObject::Connection completed = QObject::connect(model, &LeadTableModel::completed, [&] {
        times.takingInMs = announcedAt >= 0 ? clock.elapsedMs() - announcedAt : 0;
    });
    if (model->isCounting()) {
        QSignalSpy done(model, &LeadTableModel::completed);
        if (!done.wait(60000)) {
            std::fputs("warning: the view did not complete within 60 s\n", stderr);
        }
    }
    times.completeMs = clock.elapsedMs();
    QObject::disconnect(announced);
    QObject::disconnect(completed);
    return view;
}

// How many table rows fit in the view: the rows a user sees, so the rows whose data() is read.
int visibleRowCount(const leadbox::LeadsPage& page)
{
    const int rowHeight = std::max(1, page.view()->verticalHeader()->defaultSectionSize());
    return page.view()->viewport()->height() / rowHeight + 1;
}

// Reads every column of the first `rows` rows, as painting them would. Returns how many were valid.
int readRows(const LeadTableModel& model, int rows)
{
    int valid = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            valid += model.data(model.index(row, column)).isValid() ? 1 : 0;
        }
    }
    return valid;
}

void benchSearch(leadbox::LeadsPage& page, const QStringList& queries, bool details)
{
    LeadTableModel& model = *page.model();
    const int visible = visibleRowCount(page);
    std::vector<double> samples;
    int withoutMatches = 0;
    for (const QString& query : queries) {
        const Stopwatch clock;
        model.setSearch(query);
        readRows(model, std::min(model.rowCount(), visible));
        samples.push_back(clock.elapsedMs());
        withoutMatches += model.rowCount() == 0 && !model.isCounting() ? 1 : 0;
        if (details) {
            // While the rest is found in the background, the rows shown so far, as "200+".
            const QString matches = model.isCounting() ? QString::number(model.rowCount()) + QLatin1Char('+')
                                                       : QString::number(model.matchingCount());
            std::fprintf(stderr, "search %8.2f ms %8s matches  %s\n", samples.back(), qPrintable(matches),
                         qPrintable(query));
        }
        QCoreApplication::processEvents(); // let the view repaint, outside the timing
    }
    result("search_queries", static_cast<double>(samples.size()), "queries");
    result("search_p50_ms", percentile(samples, 50), "ms");
    result("search_p95_ms", percentile(samples, 95), "ms");
    result("search_max_ms", percentile(samples, 100), "ms");
    result("search_visible_rows", visible, "rows");
    if (withoutMatches > 0) {
        note(QStringLiteral("%1 of %2 searches matched no lead").arg(withoutMatches).arg(samples.size()));
    }

    const Stopwatch clear;
    model.setSearch(QString());
    readRows(model, std::min(model.rowCount(), visible));
    result("search_clear_ms", clear.elapsedMs(), "ms");
    QCoreApplication::processEvents();
}

void benchSortAndJump(leadbox::LeadsPage& page, int jumpsPerColumn)
{
    LeadTableModel& model = *page.model();
    std::mt19937_64 random(20240601);
    std::vector<double> sorts;
    std::vector<double> firstRows;
    std::vector<double> jumps;
    int invalid = 0;
    int smallestRowCount = std::numeric_limits<int>::max();
    for (int column = 0; column < leadbox::kLeadFieldCount; ++column) {
        // Alternate the direction; the default order (created, descending) would make sort() a no-op.
        const Qt::SortOrder order = column % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
        const Stopwatch sortClock;
        model.sort(column, order);
        const double firstRowsMs = sortClock.elapsedMs();
        // A big store shows the first rows of the new order at once and the rest follows from a
        // worker thread: the sort's figure is until every row is in order, as jumps need.
        QCoreApplication::processEvents();
        if (model.isCounting()) {
            QSignalSpy done(&model, &LeadTableModel::completed);
            if (!done.wait(60000)) {
                std::fputs("warning: the sorted view did not complete within 60 s\n", stderr);
            }
        }
        const double sortMs = sortClock.elapsedMs();
        sorts.push_back(sortMs);
        firstRows.push_back(firstRowsMs);
        const QByteArray key = leadbox::fieldInfo(static_cast<leadbox::LeadField>(column)).key;
        result((QByteArray("sort_") + key + QByteArray("_ms")).constData(), sortMs, "ms");
        result((QByteArray("sort_first_") + key + QByteArray("_ms")).constData(), firstRowsMs, "ms");
        QCoreApplication::processEvents();

        const int rows = model.rowCount();
        smallestRowCount = std::min(smallestRowCount, rows);
        if (rows == 0) {
            continue;
        }
        for (int jump = 0; jump < jumpsPerColumn; ++jump) {
            const int row = static_cast<int>(random() % static_cast<std::uint64_t>(rows));
            const Stopwatch clock;
            const QVariant value = model.data(model.index(row, 0));
            jumps.push_back(clock.elapsedMs());
            invalid += value.isValid() ? 0 : 1;
            // Show the row as a user's jump would, outside the timing.
            page.view()->scrollTo(model.index(row, 0));
            QCoreApplication::processEvents();
        }
    }
    result("sort_p50_ms", percentile(sorts, 50), "ms");
    result("sort_max_ms", percentile(sorts, 100), "ms");
    result("sort_first_p50_ms", percentile(firstRows, 50), "ms");
    result("sort_first_max_ms", percentile(firstRows, 100), "ms");
    result("jump_count", static_cast<double>(jumps.size()), "jumps");
    result("jump_p50_ms", percentile(jumps, 50), "ms");
    result("jump_p95_ms", percentile(jumps, 95), "ms");
    result("jump_max_ms", percentile(jumps, 100), "ms");
    result("jump_row_count", smallestRowCount, "rows");
    if (invalid > 0) {
        note(QStringLiteral("%1 jumps read no data").arg(invalid));
    }
    if (smallestRowCount < model.matchingCount()) {
        note(QStringLiteral("the model reports %1 rows of %2 leads: it does not yet give random access, so "
                            "the jumps only reached rows already loaded")
                 .arg(smallestRowCount)
                 .arg(model.matchingCount()));
    }
}

int run(const Options& options)
{
    result("rss_start_mb", leadbox::bench::procStatusMiB("VmRSS"), "MiB");
    const Stopwatch openStore;
    const auto store = leadbox::WorkspaceStore::openLocal(leadbox::DataLocation(options.dataDir));
    result("open_store_ms", openStore.elapsedMs(), "ms");
    result("store_leads", static_cast<double>(store->leads().count()), "leads");

    QUndoStack undo;
    leadbox::UiSettings settings(QDir(options.dataDir).filePath(QStringLiteral("bench-settings.ini")));

    std::vector<double> opens;
    std::vector<double> completes;
    std::vector<double> takingIn;
    OpenView view;
    bool showedRows = false;
    for (int run = 0; run < options.openRuns; ++run) {
        view = {}; // a fresh page and model each time
        OpenTimes times;
        view = openLeadsView(*store, undo, settings, times, showedRows);
        opens.push_back(times.firstRowsMs);
        completes.push_back(times.completeMs);
        takingIn.push_back(times.takingInMs);
    }
    result("rss_open_view_mb", leadbox::bench::procStatusMiB("VmRSS"), "MiB");
    result("open_view_first_ms", opens.front(), "ms");
    result("open_view_ms", percentile(opens, 50), "ms");
    result("open_view_complete_first_ms", completes.front(), "ms");
    result("open_view_complete_ms", percentile(completes, 50), "ms");
    result("open_view_taking_in_ms", percentile(takingIn, 50), "ms");
    if (!showedRows) {
        note(QStringLiteral("the opened view showed no rows"));
    }
    if (options.openOnly) {
        return 0;
    }

    const QStringList queries = readQueries(options.queriesFile);
    if (queries.isEmpty()) {
        std::fprintf(stderr, "no search strings in %s\n", qPrintable(options.queriesFile));
        return 1;
    }
    std::fprintf(stderr, "searching %lld strings\n", static_cast<long long>(queries.size()));
    benchSearch(*view.page, queries, options.details);
    result("rss_after_search_mb", leadbox::bench::procStatusMiB("VmRSS"), "MiB");
    std::fputs("sorting and jumping\n", stderr);
    benchSortAndJump(*view.page, options.jumpsPerColumn);

    result("rss_mb", leadbox::bench::procStatusMiB("VmRSS"), "MiB");
    result("hwm_mb", leadbox::bench::procStatusMiB("VmHWM"), "MiB");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (args.contains(QStringLiteral("--reference-sql"))) {
        const qsizetype at = args.indexOf(QStringLiteral("--reference-sql"));
        return writeReferenceSql(args.value(at + 1), args.value(at + 2));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (args.contains(QStringLiteral("--qt-version"))) {
        std::printf("%s\n", qVersion());
        return 0;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));

    Options options;
    options.dataDir = argValue(args, QStringLiteral("--data-dir"));
    options.queriesFile = argValue(args, QStringLiteral("--queries"));
    options.openOnly = args.contains(QStringLiteral("--open-only"));
    options.details = args.contains(QStringLiteral("--details"));
    if (args.contains(QStringLiteral("--open-runs"))) {
        options.openRuns = std::clamp(argValue(args, QStringLiteral("--open-runs")).toInt(), 1, 100);
    }
    if (args.contains(QStringLiteral("--jumps"))) {
        options.jumpsPerColumn = std::clamp(argValue(args, QStringLiteral("--jumps")).toInt(), 1, 10000);
    }
    if (options.dataDir.isEmpty() || (options.queriesFile.isEmpty() && !options.openOnly)) {
        std::fputs("usage: bench_leads_view --data-dir DIR --queries FILE [--open-runs R] [--jumps J] "
                   "[--open-only] [--details]\n",
                   stderr);
        return 2;
    }
    try {
        return run(options);
    } catch (const leadbox::StoreError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
