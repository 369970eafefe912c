// Imports that cannot or do not finish: refused files, a cancel, progress, and a write that fails
// part way; each leaves the workspace exactly as it was and still usable.
#include "ImportTestSupport.h"

class TestLeadImporterRobustness : public ImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void fileWithoutAnEmailColumnIsRefused();
    void unusableFilesAreRefused_data();
    void unusableFilesAreRefused();
    void oversizedFileIsRefusedWithoutReadingIt();
    void cancelLeavesTheStoreExactlyAsItWas();
    void progressReachesTheFileSize();
    void failedWriteLeavesTheStoreUnchangedAndUsable_data();
    void failedWriteLeavesTheStoreUnchangedAndUsable();
};

void TestLeadImporterRobustness::fileWithoutAnEmailColumnIsRefused()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);
    const QString path = writeFile(QStringLiteral("names.csv"), "name,company\nAnn,Globex\n");
    try {
        importFile(path);
        QFAIL("a file without emails was imported");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::Validation);
        QVERIFY2(error.message().contains(QStringLiteral("names.csv")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("name, company")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("email")), qPrintable(error.message()));
    }
    QCOMPARE(dumpStore(*m_store), before);
}

void TestLeadImporterRobustness::unusableFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("only a byte order mark") << QStringLiteral("bom") << QStringLiteral("empty");
    QTest::newRow("binary file") << QStringLiteral("binary") << QStringLiteral("binary");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("There is no file");
}

void TestLeadImporterRobustness::unusableFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);

    QString path = m_tmp->filePath(QStringLiteral("leads-") + kind + QStringLiteral(".csv"));
    if (kind == QLatin1String("empty")) {
        writeFile(QFileInfo(path).fileName(), QByteArray());
    } else if (kind == QLatin1String("bom")) {
        writeFile(QFileInfo(path).fileName(), "\xEF\xBB\xBF");
    } else if (kind == QLatin1String("binary")) {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(4096, '\0');
        writeFile(QFileInfo(path).fileName(), png);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    }

    QElapsedTimer clock;
    clock.start();
    try {
        importFile(path);
        QFAIL("the file was imported");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QFileInfo(path).fileName()), qPrintable(error.message()));
    }
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(dumpStore(*m_store), before);
}

void TestLeadImporterRobustness::oversizedFileIsRefusedWithoutReadingIt()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);

    // Sparse: 2 GB long, but no disk space and nothing to read but a header and zeros.
    const QString path = writeFile(QStringLiteral("huge.csv"), "email,first_name\n");
    const qint64 size = 2LL * 1024 * 1024 * 1024;
    QVERIFY(size > LeadImporter::kMaxFileBytes);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(size));
    }
    QCOMPARE(QFileInfo(path).size(), size);

    QElapsedTimer clock;
    clock.start();
    try {
        importFile(path);
        QFAIL("a 2 GB file was imported");
    } catch (const StoreError& error) {
        const QString message = error.message();
        QVERIFY2(message.contains(QStringLiteral("huge.csv")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 MB").arg(size / (1024 * 1024))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 MB").arg(LeadImporter::kMaxFileBytes / (1024 * 1024))),
                 qPrintable(message));
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QCOMPARE(dumpStore(*m_store), before);
    QFile::remove(path);
}

void TestLeadImporterRobustness::cancelLeavesTheStoreExactlyAsItWas()
{
    // Stored leads, one of which the file would update (row 10), and a custom field the file would create.
    Lead seed = makeLead(QStringLiteral("lead000010@example.com"), QStringLiteral("Seed"),
                         QStringLiteral("Oldco"), {QStringLiteral("seed")});
    m_store->leads().add(seed);
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                                  QStringLiteral("Globex"), {QStringLiteral("vip")}));
    const QStringList before = dumpStore(*m_store);

    const QString path = writeFile(QStringLiteral("big.csv"), generatedCsv(30000, 1, ",Plan", ",Gold"));
    ImportOptions options;
    options.filePath = path;
    options.onDuplicate = DuplicatePolicy::Overwrite;
    options.consent.basis = QStringLiteral("Opted in on our website");
    const LeadImporter::Preview preview = LeadImporter::preview(path, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const ImportSummary summary = LeadImporter(m_store->database())
                                      .run(
                                          options,
                                          [&](qint64, qint64) {
                                              ++progressCalls;
                                              cancel = true;
                                          },
                                          &cancel);
    QVERIFY(progressCalls > 0);
    QVERIFY(summary.cancelled);
    QCOMPARE(dumpStore(*m_store), before);
    VERIFY_INDEXES();

    // The next import runs normally.
    options.filePath = writeFile(QStringLiteral("small.csv"), generatedCsv(20, 1, ",Plan", ",Gold"));
    const ImportSummary again = LeadImporter(m_store->database()).run(options);
    QVERIFY(!again.cancelled);
    QCOMPARE(again.added, qint64{19});
    QCOMPARE(again.updated, qint64{1});
    QCOMPARE(stored(seed.email).firstName, QStringLiteral("First10"));
    QCOMPARE(search(QStringLiteral("first10")), QStringList{seed.email});
    VERIFY_INDEXES();
}

void TestLeadImporterRobustness::progressReachesTheFileSize()
{
    const QString path = writeFile(QStringLiteral("progress.csv"), generatedCsv(20000));
    const qint64 size = QFileInfo(path).size();
    QList<QPair<qint64, qint64>> calls;
    ImportOptions options;
    options.filePath = path;
    LeadImporter(m_store->database()).run(options, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });

    QVERIFY2(calls.size() >= 3, "a progress bar would jump from empty to full");
    qint64 previous = 0;
    for (const auto& [done, total] : std::as_const(calls)) {
        QCOMPARE(total, size);
        QVERIFY2(done >= previous && done <= total,
                 qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
        previous = done;
    }
    QVERIFY(calls.first().first < size);
    QCOMPARE(calls.constLast().first, size);
    QCOMPARE(m_store->leads().count(), qint64{20000});
}

void TestLeadImporterRobustness::failedWriteLeavesTheStoreUnchangedAndUsable_data()
{
    QTest::addColumn<int>("storedLeads");
    // A file larger than the store rebuilds the secondary indexes at the end; a smaller one does not.
    QTest::newRow("file larger than the store") << 2;
    QTest::newRow("store larger than the file") << 60;
}

void TestLeadImporterRobustness::failedWriteLeavesTheStoreUnchangedAndUsable()
{
    QFETCH(int, storedLeads);
    constexpr int kPadding = 12;
    // A template workspace, copied for each attempt so that every attempt counts the same writes.
    {
        for (int i = 1; i <= storedLeads; ++i) {
            m_store->leads().add(makeLead(QStringLiteral("stored%1@example.com").arg(i),
                                          QStringLiteral("Stored"), QStringLiteral("Oldco"),
                                          {QStringLiteral("seed")}));
        }
        m_store.reset();
    }
    const QString templateFile = DataLocation(m_tmp->filePath(QStringLiteral("data"))).localWorkspaceFile();
    const QString path =
        writeFile(QStringLiteral("mixed.csv"), "email,first_name,company,tags,Plan\n"
                                               "new1@example.com,Nina,Globex,vip,Gold\n"
                                               "stored1@example.com,Stella,Newco,renewal,Silver\n"
                                               "new2@example.com,Nora,Initech,,\n"
                                               "not-an-email,X,,,\n"
                                               "NEW1@example.com,Nina,,hot,\n"
                                               "stored2@example.com,Stan,,,Bronze\n"
                                               "new3@example.com,Nell,Umbrella,\"a, b\",\n" +
                                                   paddingRows(kPadding, 5));
    ImportOptions options;
    options.filePath = path;
    options.onDuplicate = DuplicatePolicy::Overwrite;
    options.consent.basis = QStringLiteral("Opted in on our website");
    const LeadImporter::Preview preview = LeadImporter::preview(path, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});

    int failures = 0;
    for (int failing = 1;; ++failing) {
        QVERIFY2(failing < 500, "the import never succeeded");
        const QString folder = m_tmp->filePath(QStringLiteral("attempt%1").arg(failing));
        const DataLocation location(folder);
        QVERIFY(QDir().mkpath(QFileInfo(location.localWorkspaceFile()).path()));
        QVERIFY(QFile::copy(templateFile, location.localWorkspaceFile()));
        if (QFile::exists(templateFile + QStringLiteral("-wal"))) {
            QVERIFY(QFile::copy(templateFile + QStringLiteral("-wal"),
                                location.localWorkspaceFile() + QStringLiteral("-wal")));
        }
        m_store = WorkspaceStore::openLocal(location);
        const QStringList before = dumpStore(*m_store);

        m_store->database().failWriteNumber(failing);
        bool failed = false;
        ImportSummary summary;
        try {
            summary = LeadImporter(m_store->database()).run(options);
        } catch (const StoreError& error) {
            failed = true;
            QVERIFY2(error.message().contains(QStringLiteral("disk is full")), qPrintable(error.message()));
        }
        m_store->database().failWriteNumber(0);

        if (failed) {
            ++failures;
            const QStringList after = dumpStore(*m_store);
            QVERIFY2(after == before,
                     qPrintable(QStringLiteral("write %1 failed and changed the store").arg(failing)));
            VERIFY_INDEXES();
            // Still usable: the same import now goes through.
            summary = LeadImporter(m_store->database()).run(options);
        }
        QCOMPARE(summary.added, qint64{3 + kPadding});
        QCOMPARE(summary.updated, qint64{3}); // stored1, stored2, and new1 again
        QCOMPARE(summary.rejected, qint64{1});
        QCOMPARE(m_store->leads().count(), qint64{storedLeads + 3 + kPadding});
        QCOMPARE(stored(QStringLiteral("stored1@example.com")).company, QStringLiteral("Newco"));
        QCOMPARE(search(QStringLiteral("stella")), QStringList{QStringLiteral("stored1@example.com")});
        QCOMPARE(search(QStringLiteral("hot")), QStringList{QStringLiteral("new1@example.com")});
        QCOMPARE(namesOf(m_store->database(), QStringLiteral("trigger")).size(), qsizetype{5});
        VERIFY_INDEXES();
        m_store->leads().add(makeLead(QStringLiteral("later@example.com"), QStringLiteral("Latecomer")));
        QCOMPARE(search(QStringLiteral("latecomer")), QStringList{QStringLiteral("later@example.com")});
        m_store.reset();
        if (!failed) {
            break;
        }
    }
    // Every write of the import failed once, the last (the commit) included.
    QVERIFY2(failures > 20, qPrintable(QStringLiteral("only %1 writes").arg(failures)));
    qInfo("each of the import's %d writes failed once", failures);
}

QTEST_GUILESS_MAIN(TestLeadImporterRobustness)
#include "test_lead_importer_robustness.moc"
