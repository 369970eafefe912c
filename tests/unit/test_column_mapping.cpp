// Which lead field each column of a CSV file goes to, as a user importing an export from LeadBox,
// HubSpot, Mailchimp or Google Contacts sees it: the guessed mapping, the --map overrides and their
// error messages, and how status, tags and dates in the cells are read.
#include "models/StoreError.h"
#include "models/imports/ColumnMapping.h"

#include <QtTest>

using namespace leadbox;

namespace {

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

// A mapping as --map spells it ("email", "custom:Plan", "ignore"), so a failed comparison shows which
// column went where.
QStringList spelled(const QList<ColumnTarget>& mapping)
{
    QStringList names;
    for (const ColumnTarget& target : mapping) {
        switch (target.kind) {
        case ColumnTarget::Kind::Ignore:
            names.append(QStringLiteral("ignore"));
            break;
        case ColumnTarget::Kind::Field:
            names.append(QLatin1String(fieldInfo(target.field).cliName));
            break;
        case ColumnTarget::Kind::Custom:
            names.append(QStringLiteral("custom:") + target.customName);
            break;
        }
    }
    return names;
}

// The message of the StoreError that `apply` throws, or an empty string when it throws none.
template <typename Function>
QString errorFrom(Function&& apply, StoreError::Kind* kind = nullptr)
{
    try {
        apply();
    } catch (const StoreError& error) {
        if (kind) {
            *kind = error.kind();
        }
        return error.message();
    }
    return {};
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesExportHeaders_data();
    void guessesExportHeaders();
    void guessIgnoresCaseSpacesAndPunctuation();
    void firstColumnClaimingAFieldWins();
    void overridesMapColumnsToFieldsCustomFieldsOrNothing();
    void overrideColumnNamesIgnoreCase();
    void overrideTakesAFieldAwayFromTheGuessedColumn();
    void overrideColumnMayContainEqualsSign();
    void badOverridesAreExplained_data();
    void badOverridesAreExplained();
    void parsesStatuses_data();
    void parsesStatuses();
    void splitsTags_data();
    void splitsTags();
    void parsesTimes_data();
    void parsesTimes();
    void describesTargetsForTheSummary();
};

void TestColumnMapping::guessesExportHeaders_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("LeadBox export") << strings({"email", "first_name", "last_name", "company", "phone",
                                                "status", "tags", "source", "created_at", "updated_at",
                                                "Plan"})
                                    << strings({"email", "first-name", "last-name", "company", "phone",
                                                "status", "tags", "source", "created", "ignore", "ignore"});
    QTest::newRow("HubSpot contacts")
        << strings({"Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
                    "Lead Status", "Create Date", "Original Source", "Contact owner"})
        << strings({"ignore", "first-name", "last-name", "email", "phone", "company", "status", "created",
                    "source", "ignore"});
    QTest::newRow("Mailchimp audience")
        << strings({"Email Address", "First Name", "Last Name", "Address", "MEMBER_RATING", "OPTIN_TIME",
                    "OPTIN_IP", "CONFIRM_TIME", "TAGS"})
        << strings({"email", "first-name", "last-name", "ignore", "ignore", "created", "ignore", "ignore",
                    "tags"});
    QTest::newRow("Google Contacts") << strings({"Name", "Given Name", "Additional Name", "Family Name",
                                                 "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
                                                 "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Type",
                                                 "Organization 1 - Name", "Organization 1 - Title"})
                                     << strings({"ignore", "first-name", "ignore", "last-name", "tags",
                                                 "ignore", "email", "ignore", "phone", "ignore", "company",
                                                 "ignore"});
}

void TestColumnMapping::guessesExportHeaders()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    QCOMPARE(spelled(ColumnMapping::guessAll(header)), expected);
}

void TestColumnMapping::guessIgnoresCaseSpacesAndPunctuation()
{
    QCOMPARE(
        spelled(ColumnMapping::guessAll(strings({"EMAIL", "First-Name", " last name ", "COMPANY_NAME"}))),
        strings({"email", "first-name", "last-name", "company"}));
    QCOMPARE(spelled({ColumnMapping::guess(QStringLiteral("E-Mail Address"))}), strings({"email"}));
    QCOMPARE(spelled({ColumnMapping::guess(QStringLiteral("Shoe size"))}), strings({"ignore"}));
    QCOMPARE(spelled({ColumnMapping::guess(QString())}), strings({"ignore"}));
}

void TestColumnMapping::firstColumnClaimingAFieldWins()
{
    QCOMPARE(spelled(ColumnMapping::guessAll(strings({"Email", "Work Email", "E-mail 1 - Value", "Name"}))),
             strings({"email", "ignore", "ignore", "ignore"}));
    QCOMPARE(spelled(ColumnMapping::guessAll(strings({"Lifecycle Stage", "Lead Status", "Email"}))),
             strings({"status", "ignore", "email"}));
}

void TestColumnMapping::overridesMapColumnsToFieldsCustomFieldsOrNothing()
{
    const QStringList header = strings({"Contact", "Vorname", "Plan", "Notes", "Email"});
    const QList<ColumnTarget> guessed = ColumnMapping::guessAll(header);
    QCOMPARE(spelled(guessed), strings({"ignore", "first-name", "ignore", "ignore", "email"}));

    const QList<ColumnTarget> mapping = ColumnMapping::withOverrides(
        header, guessed,
        strings({"Contact=source", "Plan=custom:Plan", "Notes = custom: Internal notes ", "Email=ignore"}));
    QCOMPARE(spelled(mapping),
             strings({"source", "first-name", "custom:Plan", "custom:Internal notes", "ignore"}));

    // Every field has a command-line name, except the update time, which the store keeps itself.
    const QList<ColumnTarget> all =
        ColumnMapping::withOverrides(strings({"a", "b", "c", "d", "e", "f", "g", "h", "i"}), {},
                                     strings({"a=email", "b=first-name", "c=last-name", "d=company",
                                              "e=phone", "f=status", "g=tags", "h=source", "i=created"}));
    QCOMPARE(spelled(all), strings({"email", "first-name", "last-name", "company", "phone", "status", "tags",
                                    "source", "created"}));
}

void TestColumnMapping::overrideColumnNamesIgnoreCase()
{
    const QStringList header = strings({"Work Address", "Contact"});
    const QList<ColumnTarget> mapping =
        ColumnMapping::withOverrides(header, ColumnMapping::guessAll(header), strings({"contact=email"}));
    QCOMPARE(spelled(mapping), strings({"ignore", "email"}));
}

void TestColumnMapping::overrideTakesAFieldAwayFromTheGuessedColumn()
{
    // One column per field: mapping "Work Email" to email un-maps the guessed "Email" column.
    const QStringList header = strings({"Email", "Work Email", "Name"});
    const QList<ColumnTarget> mapping =
        ColumnMapping::withOverrides(header, ColumnMapping::guessAll(header), strings({"Work Email=email"}));
    QCOMPARE(spelled(mapping), strings({"ignore", "email", "ignore"}));
}

void TestColumnMapping::overrideColumnMayContainEqualsSign()
{
    const QStringList header = strings({"Email", "a=b"});
    const QList<ColumnTarget> mapping =
        ColumnMapping::withOverrides(header, ColumnMapping::guessAll(header), strings({"a=b=first-name"}));
    QCOMPARE(spelled(mapping), strings({"email", "first-name"}));
}

void TestColumnMapping::badOverridesAreExplained_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QStringList>("mentions");

    const QString columns = QStringLiteral("Email, Work Email, Plan");
    QTest::newRow("unknown column") << QStringLiteral("Phone=phone")
                                    << QStringList{QStringLiteral("Phone"), columns};
    QTest::newRow("unknown field") << QStringLiteral("Plan=shoe-size")
                                   << QStringList{QStringLiteral("shoe-size"), QStringLiteral("custom:NAME"),
                                                  QStringLiteral("first-name"), QStringLiteral("ignore")};
    QTest::newRow("update time") << QStringLiteral("Plan=updated") << QStringList{QStringLiteral("updated")};
    QTest::newRow("custom without a name")
        << QStringLiteral("Plan=custom:") << QStringList{QStringLiteral("custom:")};
    QTest::newRow("no equals sign") << QStringLiteral("Plan")
                                    << QStringList{QStringLiteral("Plan"), QStringLiteral("COLUMN=FIELD")};
    QTest::newRow("no column") << QStringLiteral("=email") << QStringList{QStringLiteral("=email")};
}

void TestColumnMapping::badOverridesAreExplained()
{
    QFETCH(QString, override);
    QFETCH(QStringList, mentions);
    const QStringList header = strings({"Email", "Work Email", "Plan"});
    StoreError::Kind kind = StoreError::Kind::Internal;
    const QString message = errorFrom(
        [&] { ColumnMapping::withOverrides(header, ColumnMapping::guessAll(header), {override}); }, &kind);
    QVERIFY2(!message.isEmpty(), "the override was accepted");
    QCOMPARE(kind, StoreError::Kind::Validation);
    for (const QString& mention : mentions) {
        QVERIFY2(message.contains(mention),
                 qPrintable(QStringLiteral("“%1” does not mention “%2”").arg(message, mention)));
    }
}

void TestColumnMapping::parsesStatuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a status name, or empty when the text is not a status

    // LeadBox's own names, however they are typed.
    QTest::newRow("new") << QStringLiteral("new") << QStringLiteral("new");
    QTest::newRow("Contacted") << QStringLiteral("Contacted") << QStringLiteral("contacted");
    QTest::newRow("spaced qualified") << QStringLiteral(" qualified ") << QStringLiteral("qualified");
    QTest::newRow("CUSTOMER") << QStringLiteral("CUSTOMER") << QStringLiteral("customer");
    QTest::newRow("lost") << QStringLiteral("lost") << QStringLiteral("lost");
    QTest::newRow("empty cell") << QString() << QStringLiteral("new");
    // HubSpot lead statuses.
    QTest::newRow("NEW") << QStringLiteral("NEW") << QStringLiteral("new");
    QTest::newRow("OPEN") << QStringLiteral("OPEN") << QStringLiteral("contacted");
    QTest::newRow("IN_PROGRESS") << QStringLiteral("IN_PROGRESS") << QStringLiteral("contacted");
    QTest::newRow("ATTEMPTED_TO_CONTACT")
        << QStringLiteral("ATTEMPTED_TO_CONTACT") << QStringLiteral("contacted");
    QTest::newRow("CONNECTED") << QStringLiteral("CONNECTED") << QStringLiteral("contacted");
    QTest::newRow("OPEN_DEAL") << QStringLiteral("OPEN_DEAL") << QStringLiteral("qualified");
    QTest::newRow("UNQUALIFIED") << QStringLiteral("UNQUALIFIED") << QStringLiteral("lost");
    QTest::newRow("BAD_TIMING") << QStringLiteral("BAD_TIMING") << QStringLiteral("lost");
    // HubSpot lifecycle stages.
    QTest::newRow("subscriber") << QStringLiteral("subscriber") << QStringLiteral("new");
    QTest::newRow("marketingqualifiedlead")
        << QStringLiteral("marketingqualifiedlead") << QStringLiteral("contacted");
    QTest::newRow("salesqualifiedlead")
        << QStringLiteral("salesqualifiedlead") << QStringLiteral("qualified");
    QTest::newRow("opportunity") << QStringLiteral("opportunity") << QStringLiteral("qualified");
    QTest::newRow("evangelist") << QStringLiteral("evangelist") << QStringLiteral("customer");
    QTest::newRow("Closed Won") << QStringLiteral("Closed Won") << QStringLiteral("customer");
    QTest::newRow("closed-lost") << QStringLiteral("closed-lost") << QStringLiteral("lost");
    // Not a status: the row is rejected with a reason.
    QTest::newRow("banana") << QStringLiteral("banana") << QString();
}

void TestColumnMapping::parsesStatuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<LeadStatus> status = ColumnMapping::parseStatus(text);
    QCOMPARE(status ? statusName(*status) : QString(), expected);
}

void TestColumnMapping::splitsTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one") << QStringLiteral("vip") << strings({"vip"});
    QTest::newRow("padded one") << QStringLiteral("  vip  ") << strings({"vip"});
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("separators only") << QStringLiteral(" , ; ") << QStringList();
    QTest::newRow("commas") << QStringLiteral("vip, hot,cold") << strings({"vip", "hot", "cold"});
    QTest::newRow("semicolons") << QStringLiteral("vip;hot ; cold") << strings({"vip", "hot", "cold"});
    QTest::newRow("mixed") << QStringLiteral("vip, hot; cold") << strings({"vip", "hot", "cold"});
    QTest::newRow("words in a tag") << QStringLiteral("trade show, vip") << strings({"trade show", "vip"});
    QTest::newRow("inner spaces tidied") << QStringLiteral("trade   show") << strings({"trade show"});
    QTest::newRow("single colon kept") << QStringLiteral("plan:gold") << strings({"plan:gold"});
    QTest::newRow("Google groups") << QStringLiteral("Friends ::: VIP") << strings({"Friends", "VIP"});
    // Google marks its system groups with "* "; the marker does not become part of a tag.
    QTest::newRow("Google system groups")
        << QStringLiteral("* myContacts ::: Friends ::: * starred") << strings({"Friends"});
}

void TestColumnMapping::splitsTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ColumnMapping::splitTags(text), expected);
}

void TestColumnMapping::parsesTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid when the text is not a time

    const QDate day(2024, 1, 10);
    const auto utc = [&](int h, int m, int s = 0, int ms = 0) {
        return QDateTime(day, QTime(h, m, s, ms), Qt::UTC);
    };
    const auto local = [&](int h, int m, int s = 0) {
        return QDateTime(day, QTime(h, m, s));
    };

    QTest::newRow("ISO UTC") << QStringLiteral("2024-01-10T10:00:00Z") << utc(10, 0);
    QTest::newRow("ISO with ms") << QStringLiteral("2024-01-10T10:00:00.250Z") << utc(10, 0, 0, 250);
    QTest::newRow("ISO with offset") << QStringLiteral("2024-01-10T12:30:00+02:00") << utc(10, 30);
    QTest::newRow("ISO date") << QStringLiteral("2024-01-10") << utc(0, 0);
    QTest::newRow("padded ISO date") << QStringLiteral("  2024-01-10 ") << utc(0, 0);
    // Spreadsheet and CRM forms carry no zone: they are read as the user's local time.
    QTest::newRow("HubSpot, Mailchimp") << QStringLiteral("2024-01-10 10:00:00") << local(10, 0);
    QTest::newRow("without seconds") << QStringLiteral("2024-01-10 10:00") << local(10, 0);
    QTest::newRow("German") << QStringLiteral("10.01.2024") << local(0, 0);
    QTest::newRow("German with time") << QStringLiteral("10.01.2024 14:45") << local(14, 45);
    QTest::newRow("US") << QStringLiteral("01/10/2024") << local(0, 0);
    QTest::newRow("US with time") << QStringLiteral("01/10/2024 14:45") << local(14, 45);
    QTest::newRow("slashed ISO") << QStringLiteral("2024/01/10") << local(0, 0);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("no such day") << QStringLiteral("2024-02-30") << QDateTime();
    QTest::newRow("no such month") << QStringLiteral("2024-13-01T10:00:00Z") << QDateTime();
}

void TestColumnMapping::parsesTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = ColumnMapping::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
}

void TestColumnMapping::describesTargetsForTheSummary()
{
    QCOMPARE(ColumnMapping::describe(ColumnTarget::toField(LeadField::Email)), QStringLiteral("Email"));
    QCOMPARE(ColumnMapping::describe(ColumnTarget::toCustom(QStringLiteral("Plan"))),
             QStringLiteral("Custom: Plan"));
    QCOMPARE(ColumnMapping::describe(ColumnTarget::ignore()), QStringLiteral("Ignored"));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "test_column_mapping.moc"
