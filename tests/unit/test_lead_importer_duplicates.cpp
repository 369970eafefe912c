// Importing leads that are already there: each duplicate policy, the consent recorded for imported
// and updated leads, what sync is told, and search and indexes afterwards.
#include "ImportTestSupport.h"

class TestLeadImporterDuplicates : public ImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void duplicatesOfStoredLeads_data();
    void duplicatesOfStoredLeads();
    void duplicatesWithinTheFile_data();
    void duplicatesWithinTheFile();
    void overwriteKeepsStatusWithoutAStatusColumn();
    void overwriteKeepsStatusWhenTheCellIsEmpty();
    void searchAndIndexesWorkAfterImport_data();
    void searchAndIndexesWorkAfterImport();
    void searchIndexOfAFirstImportFollowsLaterRowsOfTheFile();
    void consentIsRecordedForImportedAndUpdatedLeads();
    void withoutAConsentBasisNoConsentIsRecorded();
    void oneOutboxEntryStandsForAllAddedLeads();
};

void TestLeadImporterDuplicates::duplicatesOfStoredLeads_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("expected"); // first, last, company, phone, status, tags, source
    QTest::addColumn<QString>("outboxFields"); // the 'update' entry queued for sync; empty: none

    QTest::newRow("skip") << static_cast<int>(DuplicatePolicy::Skip)
                          << QStringList{QStringLiteral("Eve"),      QString(),
                                         QStringLiteral("Acme"),     QString(),
                                         QStringLiteral("customer"), QStringLiteral("a"),
                                         QStringLiteral("expo")}
                          << QString();
    QTest::newRow("update fills empty fields")
        << static_cast<int>(DuplicatePolicy::UpdateEmpty)
        << QStringList{QStringLiteral("Eve"),         QStringLiteral("Smith"),    QStringLiteral("Acme"),
                       QStringLiteral("+1 555 0100"), QStringLiteral("customer"), QStringLiteral("a,b"),
                       QStringLiteral("expo")}
        << QStringLiteral(R"({"lastName":"Smith","phone":"+1 555 0100","tags":{"add":["b"],"remove":[]}})");
    QTest::newRow("overwrite")
        << static_cast<int>(DuplicatePolicy::Overwrite)
        << QStringList{QStringLiteral("Evelyn"),      QStringLiteral("Smith"), QStringLiteral("Initech"),
                       QStringLiteral("+1 555 0100"), QStringLiteral("lost"),  QStringLiteral("a,b"),
                       QStringLiteral("web")}
        << QStringLiteral(
               R"({"company":"Initech","firstName":"Evelyn","lastName":"Smith","phone":"+1 555 0100",)"
               R"("source":"web","status":"lost","tags":{"add":["b"],"remove":[]}})");
}

void TestLeadImporterDuplicates::duplicatesOfStoredLeads()
{
    QFETCH(int, policy);
    QFETCH(QStringList, expected);
    QFETCH(QString, outboxFields);

    Lead eve = makeLead(QStringLiteral("Eve@Example.com"), QStringLiteral("Eve"), QStringLiteral("Acme"),
                        {QStringLiteral("a")});
    eve.status = LeadStatus::Customer;
    eve.source = QStringLiteral("expo");
    eve = m_store->leads().add(eve);
    const qint64 outboxBefore = m_store->outbox().pendingCount();

    // The file spells the address differently: it is still the same person.
    const QString path =
        writeFile(QStringLiteral("eve.csv"), "email,first_name,last_name,company,phone,status,tags,source\n"
                                             "eve@example.com,Evelyn,Smith,Initech,+1 555 0100,lost,b,web\n");
    const ImportSummary summary = importFile(path, static_cast<DuplicatePolicy>(policy));
    QCOMPARE(summary.added, qint64{0});
    QCOMPARE(summary.updated, outboxFields.isEmpty() ? qint64{0} : qint64{1});
    QCOMPARE(summary.skipped, outboxFields.isEmpty() ? qint64{1} : qint64{0});
    QCOMPARE(m_store->leads().count(), qint64{1});

    const Lead after = stored(QStringLiteral("eve@example.com"));
    QCOMPARE(after.id, eve.id);
    QCOMPARE(after.email, QStringLiteral("Eve@Example.com"));
    QCOMPARE((QStringList{after.firstName, after.lastName, after.company, after.phone,
                          statusName(after.status), after.tags.join(QLatin1Char(',')), after.source}),
             expected);

    // Sync is told exactly what changed, and the lead's timeline shows the import.
    const QList<OutboxEntry> entries = m_store->outbox().pending(100);
    QCOMPARE(m_store->outbox().pendingCount(), outboxBefore + (outboxFields.isEmpty() ? 0 : 1));
    const qint64 activity =
        numberOf(m_store->database(),
                 QStringLiteral("SELECT count(*) FROM activity WHERE lead_id = ? AND kind = 'import-update'"),
                 {eve.id});
    if (outboxFields.isEmpty()) {
        QCOMPARE(activity, qint64{0});
    } else {
        const OutboxEntry& update = entries.constLast();
        QCOMPARE(update.entity, QStringLiteral("lead"));
        QCOMPARE(update.entityId, eve.id);
        QCOMPARE(update.op, QStringLiteral("update"));
        QCOMPARE(dumped(update.fields), dumped(jsonOf(outboxFields)));
        QCOMPARE(activity, qint64{1});
    }

    // Search follows the stored values.
    QCOMPARE(search(after.company), QStringList{after.email});
    QCOMPARE(search(after.firstName), QStringList{after.email});
    if (after.company != QLatin1String("Acme")) {
        QCOMPARE(search(QStringLiteral("Acme")), QStringList());
    }
    VERIFY_INDEXES();
}

void TestLeadImporterDuplicates::duplicatesWithinTheFile_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("expected"); // first, last, company, status, tags
    QTest::addColumn<int>("updated");

    QTest::newRow("skip") << static_cast<int>(DuplicatePolicy::Skip)
                          << QStringList{QStringLiteral("Eve"), QString(), QStringLiteral("Acme"),
                                         QStringLiteral("new"), QStringLiteral("a")}
                          << 0;
    QTest::newRow("update") << static_cast<int>(DuplicatePolicy::UpdateEmpty)
                            << QStringList{QStringLiteral("Eve"), QStringLiteral("Smith"),
                                           QStringLiteral("Acme"), QStringLiteral("new"),
                                           QStringLiteral("a,b")}
                            << 1;
    QTest::newRow("overwrite") << static_cast<int>(DuplicatePolicy::Overwrite)
                               << QStringList{QStringLiteral("Evelyn"), QStringLiteral("Smith"),
                                              QStringLiteral("Acme"), QStringLiteral("customer"),
                                              QStringLiteral("a,b")}
                               << 1;
}

void TestLeadImporterDuplicates::duplicatesWithinTheFile()
{
    QFETCH(int, policy);
    QFETCH(QStringList, expected);
    QFETCH(int, updated);

    const QString path =
        writeFile(QStringLiteral("twice.csv"), "email,first_name,last_name,company,status,tags\n"
                                               "eve@example.com,Eve,,Acme,new,a\n"
                                               "EVE@Example.COM,Evelyn,Smith,,customer,b\n");
    const ImportSummary summary = importFile(path, static_cast<DuplicatePolicy>(policy));
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.updated, qint64{updated});
    QCOMPARE(summary.skipped, qint64{1 - updated});
    QCOMPARE(m_store->leads().count(), qint64{1});

    const Lead eve = stored(QStringLiteral("eve@example.com"));
    QCOMPARE(eve.email, QStringLiteral("eve@example.com")); // the first spelling in the file
    QCOMPARE((QStringList{eve.firstName, eve.lastName, eve.company, statusName(eve.status),
                          eve.tags.join(QLatin1Char(','))}),
             expected);

    // A lead new to the workspace is queued for sync with the import, not as an update of its own.
    const QList<OutboxEntry> entries = m_store->outbox().pending(100);
    QCOMPARE(entries.size(), qsizetype{1});
    QCOMPARE(entries.first().entity, QStringLiteral("import"));
    QCOMPARE(numberOf(m_store->database(), QStringLiteral("SELECT count(*) FROM activity")), qint64{0});

    QCOMPARE(search(eve.firstName), QStringList{eve.email});
    if (!eve.lastName.isEmpty()) {
        QCOMPARE(search(eve.lastName), QStringList{eve.email});
    }
    QCOMPARE(search(QStringLiteral("b")), updated ? QStringList{eve.email} : QStringList());
    VERIFY_INDEXES();
}

void TestLeadImporterDuplicates::overwriteKeepsStatusWithoutAStatusColumn()
{
    Lead eve = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("Eve"));
    eve.status = LeadStatus::Customer;
    m_store->leads().add(eve);
    const QString path = writeFile(QStringLiteral("names.csv"), "email,first_name\neve@example.com,Evelyn\n");
    QCOMPARE(importFile(path, DuplicatePolicy::Overwrite).updated, qint64{1});
    QCOMPARE(stored(eve.email).firstName, QStringLiteral("Evelyn"));
    QCOMPARE(stored(eve.email).status, LeadStatus::Customer);
}

void TestLeadImporterDuplicates::overwriteKeepsStatusWhenTheCellIsEmpty()
{
    // "The file's non-empty values replace the stored ones" (DuplicatePolicy::Overwrite): a blank
    // status cell is no value, so a customer must not drop back to "new".
    Lead eve = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("Eve"));
    eve.status = LeadStatus::Customer;
    m_store->leads().add(eve);
    const QString path = writeFile(QStringLiteral("blank-status.csv"), "email,first_name,status\n"
                                                                       "eve@example.com,Evelyn,\n");
    importFile(path, DuplicatePolicy::Overwrite);
    QCOMPARE(stored(eve.email).firstName, QStringLiteral("Evelyn"));
    QCOMPARE(stored(eve.email).status, LeadStatus::Customer);
}

void TestLeadImporterDuplicates::searchAndIndexesWorkAfterImport_data()
{
    QTest::addColumn<int>("storedLeads");
    QTest::newRow("file larger than the store") << 0;
    QTest::newRow("store larger than the file") << 60;
}

void TestLeadImporterDuplicates::searchAndIndexesWorkAfterImport()
{
    QFETCH(int, storedLeads);
    constexpr int kPadding = 20;
    for (int i = 1; i <= storedLeads; ++i) {
        m_store->leads().add(
            makeLead(QStringLiteral("filler%1@example.com").arg(i), QStringLiteral("Filler")));
    }
    m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga"),
                                  QStringLiteral("Oldco"), {QStringLiteral("legacy")}));
    Database& db = m_store->database();
    const QStringList schemaBefore =
        rowsOf(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));

    const QString path =
        writeFile(QStringLiteral("search.csv"), "email,first_name,last_name,company,tags\n"
                                                "zeb@example.com,Zebulon,Quixote,Globex Corporation,"
                                                "\"enterprise, trade show\"\n"
                                                "yara@example.com,Yara,Ng,Initech,\n"
                                                "OLD@example.com,Olga,Ostrova,Newco,renewal\n" +
                                                    paddingRows(kPadding, 5));
    const ImportSummary summary = importFile(path, DuplicatePolicy::Overwrite);
    QCOMPARE(summary.added, qint64{2 + kPadding});
    QCOMPARE(summary.updated, qint64{1});

    const QStringList zeb{QStringLiteral("zeb@example.com")};
    const QStringList old{QStringLiteral("old@example.com")};
    QCOMPARE(search(QStringLiteral("zebu")), zeb);
    QCOMPARE(search(QStringLiteral("quix")), zeb);
    QCOMPARE(search(QStringLiteral("glob")), zeb);
    QCOMPARE(search(QStringLiteral("corp")), zeb);
    QCOMPARE(search(QStringLiteral("enterp")), zeb);
    QCOMPARE(search(QStringLiteral("trade sh")), zeb);
    QCOMPARE(search(QStringLiteral("initech")), QStringList{QStringLiteral("yara@example.com")});
    QCOMPARE(search(QStringLiteral("newco")), old);
    QCOMPARE(search(QStringLiteral("ostro")), old);
    QCOMPARE(search(QStringLiteral("renew")), old);
    QCOMPARE(search(QStringLiteral("legacy")), old);
    QCOMPARE(search(QStringLiteral("oldco")), QStringList()); // the replaced company is gone from search
    QCOMPARE(m_store->leads().count(QStringLiteral("example")), qint64{storedLeads + 3 + kPadding});
    VERIFY_INDEXES();

    // The triggers and indexes are back, exactly as the migrations made them.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")),
             schemaBefore);
    QCOMPARE(namesOf(db, QStringLiteral("trigger")),
             (QStringList{QStringLiteral("leads_fts_delete"), QStringLiteral("leads_fts_insert"),
                          QStringLiteral("leads_fts_update"), QStringLiteral("tag_names_insert"),
                          QStringLiteral("tag_names_update")}));
    for (const QString& index :
         {QStringLiteral("leads_created"), QStringLiteral("leads_email_key"), QStringLiteral("leads_id")}) {
        QVERIFY2(namesOf(db, QStringLiteral("index")).contains(index), qPrintable(index));
    }

    // Leads added, edited and deleted the ordinary way afterwards are found, and their tags listed.
    Lead late = m_store->leads().add(makeLead(QStringLiteral("late@example.com"), QStringLiteral("Latecomer"),
                                              QStringLiteral("Tardis"), {QStringLiteral("tardy")}));
    QCOMPARE(search(QStringLiteral("latecomer")), QStringList{late.email});
    QCOMPARE(search(QStringLiteral("tardy")), QStringList{late.email});
    VERIFY_INDEXES();
    late.firstName = QStringLiteral("Punctual");
    late.tags = QStringList{QStringLiteral("early")};
    m_store->leads().update(late);
    QCOMPARE(search(QStringLiteral("punctual")), QStringList{late.email});
    QCOMPARE(search(QStringLiteral("latecomer")), QStringList());
    QCOMPARE(search(QStringLiteral("early")), QStringList{late.email});
    VERIFY_INDEXES();
    m_store->leads().remove({late.id, stored(QStringLiteral("zeb@example.com")).id});
    QCOMPARE(search(QStringLiteral("punctual")), QStringList());
    QCOMPARE(search(QStringLiteral("zebu")), QStringList());
    VERIFY_INDEXES();
}

void TestLeadImporterDuplicates::searchIndexOfAFirstImportFollowsLaterRowsOfTheFile()
{
    // Into an empty store the search index is built beside the rows on another thread. A later row
    // with the same email changes a lead that is already in that index, in a later batch too.
    constexpr int kPadding = 3000; // several batches of rows
    const QString path = writeFile(QStringLiteral("first.csv"),
                                   "email,first_name,last_name,company,tags\n"
                                   "zeb@example.com,Zebulon,Quixote,Oldco,legacy\n"
                                   "yara@example.com,Yara,Ng,Initech,\n" +
                                       paddingRows(kPadding, 5) +
                                       "ZEB@example.com,Zebulon,Quixote,Midco,\n"
                                       "zeb@example.com,Zebulon,Ostrova,Newco,\"renewal, vip\"\n");
    const ImportSummary summary = importFile(path, DuplicatePolicy::Overwrite);
    QCOMPARE(summary.added, qint64{2 + kPadding});
    QCOMPARE(summary.updated, qint64{2});

    const QStringList zeb{QStringLiteral("zeb@example.com")};
    QCOMPARE(search(QStringLiteral("newco")), zeb);
    QCOMPARE(search(QStringLiteral("ostro")), zeb);
    QCOMPARE(search(QStringLiteral("renew")), zeb);
    QCOMPARE(search(QStringLiteral("legacy")), zeb); // tags are added, never dropped, by an import
    QCOMPARE(search(QStringLiteral("oldco")), QStringList());
    QCOMPARE(search(QStringLiteral("midco")), QStringList());
    QCOMPARE(search(QStringLiteral("quixote")), QStringList());
    QCOMPARE(search(QStringLiteral("initech")), QStringList{QStringLiteral("yara@example.com")});
    QCOMPARE(m_store->leads().count(QStringLiteral("pad")), qint64{kPadding});
    QCOMPARE(m_store->leads().count(QStringLiteral("pad2999")), qint64{1});
    VERIFY_INDEXES();

    // The adopted index goes on working for ordinary edits.
    Lead yara = stored(QStringLiteral("yara@example.com"));
    yara.company = QStringLiteral("Hooli");
    m_store->leads().update(yara);
    QCOMPARE(search(QStringLiteral("hooli")), QStringList{yara.email});
    QCOMPARE(search(QStringLiteral("initech")), QStringList());
    m_store->leads().remove({stored(QStringLiteral("zeb@example.com")).id});
    QCOMPARE(search(QStringLiteral("newco")), QStringList());
    VERIFY_INDEXES();
}

void TestLeadImporterDuplicates::consentIsRecordedForImportedAndUpdatedLeads()
{
    const Lead old =
        m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga")));
    const qint64 outboxBefore = m_store->outbox().pendingCount();
    const QString path = writeFile(QStringLiteral("signups.csv"), "email,first_name,company\n"
                                                                  "new1@example.com,Nina,Globex\n"
                                                                  "new2@example.com,Nora,\n"
                                                                  "old@example.com,Olivia,Newco\n");
    ImportConsent consent;
    consent.basis = QStringLiteral("  Opted in on our website ");
    consent.source = QStringLiteral("Trade show 2026 sign-up sheet");
    consent.text = QStringLiteral("We will email you about LeadBox.");
    const ImportSummary summary = importFile(path, DuplicatePolicy::UpdateEmpty, consent);
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.updated, qint64{1});
    Database& db = m_store->database();

    // The lead that was already there: consent, a ledger entry, a timeline entry, and an update for sync.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT consent FROM leads WHERE id = ?"), {old.id}),
             QStringLiteral("1"));
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT lead_id, method, basis, source, text_shown FROM consents")),
             QStringList{QStringLiteral("%1|import|Opted in on our website|Trade show 2026 sign-up sheet|"
                                        "We will email you about LeadBox.")
                             .arg(old.id)});
    const QStringList activity =
        rowsOf(db, QStringLiteral("SELECT lead_id, kind, detail FROM activity WHERE kind = 'import-update'"));
    QCOMPARE(activity.size(), qsizetype{1});
    QVERIFY2(activity.first().startsWith(old.id + QStringLiteral("|import-update|")),
             qPrintable(activity.first()));
    const nlohmann::json detail = jsonOf(activity.first().section(QLatin1Char('|'), 2));
    QCOMPARE(detail.value("importId", qint64{0}), summary.importId);
    QCOMPARE(dumped(detail.value("fields", nlohmann::json())), QStringLiteral(R"({"company":"Newco"})"));

    const QList<OutboxEntry> entries = m_store->outbox().pending(100).mid(static_cast<int>(outboxBefore));
    QCOMPARE(entries.size(), qsizetype{2});
    QCOMPARE(entries.at(0).entity, QStringLiteral("lead"));
    QCOMPARE(entries.at(0).entityId, old.id);
    QCOMPARE(entries.at(0).op, QStringLiteral("update"));
    QCOMPARE(dumped(entries.at(0).fields), QStringLiteral(R"({"company":"Newco"})"));
    QCOMPARE(entries.at(1).entity, QStringLiteral("import"));
    QCOMPARE(stored(old.email).firstName, QStringLiteral("Olga")); // update fills only empty fields

    // The import records how the people agreed, once.
    QCOMPARE(
        valueOf(db,
                QStringLiteral("SELECT file_name, consent_basis, consent_source, consent_text, added, updated"
                               " FROM imports WHERE id = ?"),
                {summary.importId}),
        QStringLiteral("signups.csv|Opted in on our website|Trade show 2026 sign-up sheet|"
                       "We will email you about LeadBox.|2|1"));
    // Each imported lead leads to that record: its consent ledger entry.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT leads.email, leads.consent, imports.consent_basis FROM leads"
                                       " JOIN imports ON imports.id = leads.import_id ORDER BY leads.email")),
             (QStringList{QStringLiteral("new1@example.com|1|Opted in on our website"),
                          QStringLiteral("new2@example.com|1|Opted in on our website")}));
    QVERIFY(summary.importId > 0);
}

void TestLeadImporterDuplicates::withoutAConsentBasisNoConsentIsRecorded()
{
    const Lead old =
        m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga")));
    const QString path = writeFile(QStringLiteral("plain.csv"), "email,first_name,company\n"
                                                                "new1@example.com,Nina,Globex\n"
                                                                "old@example.com,Olivia,Newco\n");
    ImportConsent consent;
    consent.source = QStringLiteral("a source alone is no consent");
    const ImportSummary summary = importFile(path, DuplicatePolicy::UpdateEmpty, consent);
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.updated, qint64{1});
    Database& db = m_store->database();
    QCOMPARE(numberOf(db, QStringLiteral("SELECT count(*) FROM leads WHERE consent <> 0")), qint64{0});
    QCOMPARE(numberOf(db, QStringLiteral("SELECT count(*) FROM consents")), qint64{0});
    QCOMPARE(
        valueOf(db, QStringLiteral("SELECT consent_basis FROM imports WHERE id = ?"), {summary.importId}),
        QString());
    QCOMPARE(stored(old.email).company, QStringLiteral("Newco"));
}

void TestLeadImporterDuplicates::oneOutboxEntryStandsForAllAddedLeads()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const qint64 before = m_store->outbox().pendingCount();
    const QString path = writeFile(QStringLiteral("five-hundred.csv"), generatedCsv(500));
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{500});
    QVERIFY(summary.importId > 0);
    QCOMPARE(m_store->outbox().pendingCount(), before + 1);
    const OutboxEntry entry = m_store->outbox().pending(100).constLast();
    QCOMPARE(entry.entity, QStringLiteral("import"));
    QCOMPARE(entry.op, QStringLiteral("create"));
    QCOMPARE(entry.entityId, QString::number(summary.importId));
    QCOMPARE(entry.fields.value("importId", qint64{0}), summary.importId);
    QCOMPARE(numberOf(m_store->database(), QStringLiteral("SELECT count(*) FROM leads WHERE import_id = ?"),
                      {summary.importId}),
             qint64{500});

    // Importing the same file again adds nothing and queues nothing.
    const ImportSummary again = importFile(path);
    QCOMPARE(again.skipped, qint64{500});
    QCOMPARE(m_store->outbox().pendingCount(), before + 1);
}

QTEST_GUILESS_MAIN(TestLeadImporterDuplicates)
#include "test_lead_importer_duplicates.moc"
