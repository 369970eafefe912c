#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadTableModel.h"
#include "models/leads/SavedViewRepository.h"

using namespace leadbox;

namespace {

Lead makeLead(const QString& email, LeadStatus status, const QStringList& tags, const QString& source = {})
{
    Lead lead;
    lead.email = email;
    lead.status = status;
    lead.tags = tags;
    lead.source = source;
    return lead;
}

} // namespace

// Filters narrow what the table, `leads list/count` and export show; saved views keep them;
// bulk edits change many leads at once and undo as one step.
class TestLeadFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersByStatusTagSourceAndConsent();
    void tagFilterMatchesWholeTagsOnly();
    void filtersByCreatedDateAndCustomValue();
    void tableModelCombinesSearchAndFilter();
    void savedViewsKeepSearchAndFilter();
    void bulkEditsUndoAsOneStep();

private:
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestLeadFilter::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_store = WorkspaceStore::openLocal(DataLocation(m_dir->path()));
    LeadRepository& leads = m_store->leads();
    leads.add(makeLead(QStringLiteral("ann@acme.io"), LeadStatus::New, {QStringLiteral("vip")},
                       QStringLiteral("Web")));
    leads.add(makeLead(QStringLiteral("bob@acme.io"), LeadStatus::Contacted,
                       {QStringLiteral("VIP"), QStringLiteral("expo")}, QStringLiteral("web")));
    leads.add(makeLead(QStringLiteral("cy@globex.com"), LeadStatus::Lost, {QStringLiteral("expo")},
                       QStringLiteral("Fair")));
    leads.add(makeLead(QStringLiteral("di@globex.com"), LeadStatus::Customer, {}));
}

void TestLeadFilter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestLeadFilter::filtersByStatusTagSourceAndConsent()
{
    LeadRepository& leads = m_store->leads();
    LeadFilter filter;
    filter.statuses = {LeadStatus::New, LeadStatus::Contacted};
    QCOMPARE(leads.count({}, filter), 2);
    filter.tags = {QStringLiteral("vip")}; // tags match regardless of case
    QCOMPARE(leads.count({}, filter), 2);
    filter.tags.append(QStringLiteral("expo")); // every tag must be there
    QCOMPARE(leads.count({}, filter), 1);
    QCOMPARE(leads.count(QStringLiteral("ann"), filter), 0);

    LeadFilter bySource;
    bySource.source = QStringLiteral("WEB");
    QCOMPARE(leads.count({}, bySource), 2);

    LeadFilter byConsent;
    byConsent.consent = ConsentState::Granted;
    QCOMPARE(leads.count({}, byConsent), 0);
    byConsent.consent = ConsentState::Unknown;
    QCOMPARE(leads.count({}, byConsent), 4);
    QVERIFY(byConsent.describe().contains(QStringLiteral("No consent recorded")));
}

void TestLeadFilter::tagFilterMatchesWholeTagsOnly()
{
    LeadRepository& leads = m_store->leads();
    Lead namedVip =
        makeLead(QStringLiteral("vip@initech.com"), LeadStatus::New, {QStringLiteral("vip-2024")});
    namedVip.firstName = QStringLiteral("Vip");
    namedVip.company = QStringLiteral("VIP Lounge");
    leads.add(namedVip);
    leads.add(makeLead(QStringLiteral("star@initech.com"), LeadStatus::New, {QStringLiteral("★")}));

    const auto countTagged = [&](const QString& tag) {
        LeadFilter filter;
        filter.tags = {tag};
        return leads.count({}, filter);
    };
    // "vip" is in the name, company, email and another tag of the new lead, but not one of its tags.
    QCOMPARE(countTagged(QStringLiteral("vip")), 2);
    QCOMPARE(countTagged(QStringLiteral("VIP-2024")), 1);
    QCOMPARE(countTagged(QStringLiteral("2024")), 0);
    QCOMPARE(countTagged(QStringLiteral("★")), 1); // no words to search for: every lead is checked
    QCOMPARE(countTagged(QStringLiteral("lounge")), 0);

    // Completion offers each tag once, whatever its case.
    const QStringList tags = leads.allTags();
    QCOMPARE(tags.size(), 4);
    QVERIFY(tags.contains(QStringLiteral("vip-2024")));
    QVERIFY(tags.contains(QStringLiteral("★")));
    QVERIFY(tags.contains(QStringLiteral("vip"), Qt::CaseInsensitive));
}

void TestLeadFilter::filtersByCreatedDateAndCustomValue()
{
    LeadRepository& leads = m_store->leads();
    Lead old = makeLead(QStringLiteral("old@example.com"), LeadStatus::New, {});
    old.createdAt = QDateTime(QDate(2020, 5, 17), QTime(12, 0));
    leads.add(old);
    LeadFilter filter;
    filter.createdFrom = QDate(2020, 5, 17);
    filter.createdTo = QDate(2020, 5, 17); // the whole day counts
    QCOMPARE(leads.count({}, filter), 1);
    filter.createdTo = QDate(2020, 5, 16);
    QCOMPARE(leads.count({}, filter), 0);

    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Choice,
                                           {QStringLiteral("Gold"), QStringLiteral("Silver")});
    Lead ann = *leads.findByEmail(QStringLiteral("ann@acme.io"));
    ann.custom.insert(plan.id, QStringLiteral("Gold"));
    leads.update(ann);
    LeadFilter byPlan;
    byPlan.customValues = {{plan.id, QStringLiteral("gold")}};
    QCOMPARE(leads.count({}, byPlan), 1);
    QCOMPARE(leads.list(LeadQuery{QString(), LeadField::Email, Qt::AscendingOrder, 10, std::nullopt, byPlan})
                 .first()
                 .email,
             QStringLiteral("ann@acme.io"));

    // Deleting the field removes its values from every lead.
    fields.remove(plan.id);
    QVERIFY(leads.findByEmail(QStringLiteral("ann@acme.io"))->custom.isEmpty());
    QVERIFY_THROWS_EXCEPTION(StoreError, fields.create(QStringLiteral("Email"), CustomFieldType::Text));
}

void TestLeadFilter::tableModelCombinesSearchAndFilter()
{
    LeadTableModel model(m_store->leads());
    QCOMPARE(model.rowCount(), 4);
    LeadFilter filter;
    filter.tags = {QStringLiteral("expo")};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    model.setSearch(QStringLiteral("globex"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("cy@globex.com"));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 2);
}

void TestLeadFilter::savedViewsKeepSearchAndFilter()
{
    SavedViewRepository views(m_store->database());
    LeadFilter filter;
    filter.statuses = {LeadStatus::Lost};
    filter.tags = {QStringLiteral("expo")};
    filter.consent = ConsentState::Unknown;
    const SavedView saved =
        views.save(QStringLiteral("  Lost at the fair "), QStringLiteral("globex"), filter);
    QCOMPARE(saved.name, QStringLiteral("Lost at the fair"));
    QCOMPARE(views.list().size(), 1);
    QCOMPARE(views.list().first().filter, filter);
    QCOMPARE(views.list().first().search, QStringLiteral("globex"));

    views.save(QStringLiteral("lost AT the fair"), QString(), {}); // same name: replaced, not doubled
    QCOMPARE(views.list().size(), 1);
    QVERIFY(views.list().first().filter.isEmpty());
    QVERIFY_THROWS_EXCEPTION(StoreError, views.save(QStringLiteral("  "), QString(), {}));
    views.remove(saved.id);
    QVERIFY(views.list().isEmpty());
}

void TestLeadFilter::bulkEditsUndoAsOneStep()
{
    LeadRepository& leads = m_store->leads();
    QStringList ids;
    for (const Lead& lead : leads.list(LeadQuery{})) {
        ids.append(lead.id);
    }
    const qint64 queued = m_store->outbox().pendingCount();
    const QList<Lead> before = leads.changeMany(ids, [](Lead& lead) {
        lead.status = LeadStatus::Qualified;
        lead.tags.append(QStringLiteral("q4"));
    });
    QCOMPARE(before.size(), 4);
    LeadFilter qualified;
    qualified.statuses = {LeadStatus::Qualified};
    qualified.tags = {QStringLiteral("q4")};
    QCOMPARE(leads.count({}, qualified), 4);
    QCOMPARE(m_store->outbox().pendingCount(), queued + 4);

    leads.updateMany(before); // the undo
    QCOMPARE(leads.count({}, qualified), 0);
    QCOMPARE(leads.findByEmail(QStringLiteral("cy@globex.com"))->status, LeadStatus::Lost);
    QCOMPARE(leads.findByEmail(QStringLiteral("bob@acme.io"))->tags,
             (QStringList{QStringLiteral("VIP"), QStringLiteral("expo")}));
}

QTEST_GUILESS_MAIN(TestLeadFilter)
#include "test_lead_filter.moc"
