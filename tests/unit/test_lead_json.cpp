// The JSON form of a lead, as printed by `leadbox-cli --json` and exchanged with the cloud.
#include "models/StoreError.h"
#include "models/leads/LeadJson.h"

#include <QtTest>
#include <functional>
#include <optional>

using namespace leadbox;

namespace {

Lead sampleLead()
{
    Lead lead;
    lead.id = QStringLiteral("6f1c2a7e-93d4-4b5e-8a0f-1d2c3b4a5e6f");
    lead.email = QStringLiteral("zoë.ünal@bücher.de");
    lead.firstName = QStringLiteral("Zoë");
    lead.lastName = QStringLiteral("O'Brien \"Jr\"");
    lead.company = QStringLiteral("Globex 株式会社");
    lead.phone = QStringLiteral("+49 (30) 1234-567");
    lead.status = LeadStatus::Qualified;
    lead.tags = QStringList{QStringLiteral("vip"), QStringLiteral("trade show"), QStringLiteral("émigré")};
    lead.source = QStringLiteral("=cmd|' /C calc'!A0");
    lead.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 123), Qt::UTC);
    lead.updatedAt = QDateTime(QDate(2024, 3, 2), QTime(17, 5, 0, 7), Qt::UTC);
    lead.version = 42;
    return lead;
}

QString text(const nlohmann::json& json, const char* key)
{
    return QString::fromStdString(json.at(key).get<std::string>());
}

// The StoreError that `action` throws, if any.
std::optional<StoreError> errorFrom(const std::function<void()>& action)
{
    try {
        action();
    } catch (const StoreError& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(leadbox::LeadField)

class TestLeadJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedKeys();
    void roundTripKeepsEveryField();
    void roundTripKeepsEveryStatus();
    void mergeOnlyTouchesKeysPresent();
    void unknownKeysAreIgnored();
    void statusIsCaseInsensitive();
    void unknownStatusThrows();
    void wrongTypesThrow_data();
    void wrongTypesThrow();
    void nonObjectThrows();
    void versionOfWrongTypeThrows();
    void idOfWrongTypeDoesNotBlameEmail();
};

void TestLeadJson::writesTheDocumentedKeys()
{
    const nlohmann::json json = leadToJson(sampleLead());
    QVERIFY(json.is_object());
    QCOMPARE(text(json, "id"), QStringLiteral("6f1c2a7e-93d4-4b5e-8a0f-1d2c3b4a5e6f"));
    QCOMPARE(text(json, "email"), QStringLiteral("zoë.ünal@bücher.de"));
    QCOMPARE(text(json, "firstName"), QStringLiteral("Zoë"));
    QCOMPARE(text(json, "lastName"), QStringLiteral("O'Brien \"Jr\""));
    QCOMPARE(text(json, "company"), QStringLiteral("Globex 株式会社"));
    QCOMPARE(text(json, "phone"), QStringLiteral("+49 (30) 1234-567"));
    QCOMPARE(text(json, "source"), QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(text(json, "status"), QStringLiteral("qualified"));
    QVERIFY(json.at("tags").is_array());
    QCOMPARE(json.at("tags").size(), std::size_t{3});
    QCOMPARE(QString::fromStdString(json.at("tags").at(1).get<std::string>()), QStringLiteral("trade show"));
    QCOMPARE(QString::fromStdString(json.at("tags").at(2).get<std::string>()), QStringLiteral("émigré"));
    QCOMPARE(text(json, "createdAt"), QStringLiteral("2024-03-01T09:30:15.123Z"));
    QCOMPARE(text(json, "updatedAt"), QStringLiteral("2024-03-02T17:05:00.007Z"));
    QCOMPARE(json.at("version").get<qint64>(), qint64{42});
    // Never the local SQLite row: it means nothing outside this computer.
    QVERIFY(!json.contains("rowId"));
    QCOMPARE(json.at("custom"), nlohmann::json::object());
    QCOMPARE(text(json, "consent"), QStringLiteral("unknown"));
    QCOMPARE(json.size(), std::size_t{14});
}

void TestLeadJson::roundTripKeepsEveryField()
{
    const Lead original = sampleLead();
    // Through text, as it travels between the CLI, the cloud and back.
    const nlohmann::json parsed = nlohmann::json::parse(leadToJson(original).dump());

    Lead copy;
    mergeLeadJson(copy, parsed);
    QCOMPARE(copy.id, original.id);
    QCOMPARE(copy.email, original.email);
    QCOMPARE(copy.firstName, original.firstName);
    QCOMPARE(copy.lastName, original.lastName);
    QCOMPARE(copy.company, original.company);
    QCOMPARE(copy.phone, original.phone);
    QCOMPARE(copy.status, original.status);
    QCOMPARE(copy.tags, original.tags);
    QCOMPARE(copy.source, original.source);
    QCOMPARE(copy.createdAt, original.createdAt);
    QCOMPARE(copy.updatedAt, original.updatedAt);
    QCOMPARE(copy.version, original.version);
    QVERIFY(copy == original);
}

void TestLeadJson::roundTripKeepsEveryStatus()
{
    for (const LeadStatus status : kAllLeadStatuses) {
        Lead lead = sampleLead();
        lead.status = status;
        Lead copy;
        mergeLeadJson(copy, leadToJson(lead));
        QCOMPARE(copy.status, status);
    }
}

void TestLeadJson::mergeOnlyTouchesKeysPresent()
{
    Lead lead = sampleLead();
    mergeLeadJson(lead, nlohmann::json{{"firstName", "Ann"}, {"tags", nlohmann::json::array({"new-tag"})}});
    QCOMPARE(lead.firstName, QStringLiteral("Ann"));
    QCOMPARE(lead.tags, QStringList{QStringLiteral("new-tag")});
    const Lead untouched = sampleLead();
    QCOMPARE(lead.email, untouched.email);
    QCOMPARE(lead.lastName, untouched.lastName);
    QCOMPARE(lead.status, untouched.status);
    QCOMPARE(lead.createdAt, untouched.createdAt);
    QCOMPARE(lead.version, untouched.version);
}

void TestLeadJson::unknownKeysAreIgnored()
{
    Lead lead = sampleLead();
    nlohmann::json json = leadToJson(lead);
    json["favouriteColour"] = "teal";
    json["nested"] = {{"a", 1}, {"b", nlohmann::json::array({1, 2})}};
    json["rowId"] = 99;
    Lead copy;
    mergeLeadJson(copy, json);
    QVERIFY(copy == lead);
    QCOMPARE(copy.rowId, qint64{0});
}

void TestLeadJson::statusIsCaseInsensitive()
{
    Lead lead;
    mergeLeadJson(lead, nlohmann::json{{"status", "Customer"}});
    QCOMPARE(lead.status, LeadStatus::Customer);
}

void TestLeadJson::unknownStatusThrows()
{
    Lead lead = sampleLead();
    const auto error = errorFrom([&] { mergeLeadJson(lead, nlohmann::json{{"status", "won"}}); });
    QVERIFY2(error.has_value(), "an unknown status was accepted");
    QCOMPARE(error->kind(), StoreError::Kind::Validation);
    QVERIFY(error->field().has_value());
    QCOMPARE(*error->field(), LeadField::Status);
    QVERIFY2(error->message().contains(QStringLiteral("won")), qPrintable(error->message()));
    QCOMPARE(lead.status, LeadStatus::Qualified);
}

void TestLeadJson::wrongTypesThrow_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<LeadField>("field");
    QTest::newRow("email as number") << QStringLiteral(R"({"email": 42})") << LeadField::Email;
    QTest::newRow("email as null") << QStringLiteral(R"({"email": null})") << LeadField::Email;
    QTest::newRow("first name as object")
        << QStringLiteral(R"({"firstName": {"x": 1}})") << LeadField::FirstName;
    QTest::newRow("company as array") << QStringLiteral(R"({"company": ["Globex"]})") << LeadField::Company;
    QTest::newRow("status as number") << QStringLiteral(R"({"status": 2})") << LeadField::Status;
    QTest::newRow("tags as string") << QStringLiteral(R"({"tags": "vip,hot"})") << LeadField::Tags;
    QTest::newRow("tags as object") << QStringLiteral(R"({"tags": {"vip": true}})") << LeadField::Tags;
    QTest::newRow("tag as number") << QStringLiteral(R"({"tags": ["vip", 7]})") << LeadField::Tags;
    QTest::newRow("createdAt as number")
        << QStringLiteral(R"({"createdAt": 1700000000})") << LeadField::CreatedAt;
}

void TestLeadJson::wrongTypesThrow()
{
    QFETCH(QString, document);
    QFETCH(LeadField, field);
    const nlohmann::json json = nlohmann::json::parse(document.toStdString());
    Lead lead;
    const auto error = errorFrom([&] { mergeLeadJson(lead, json); });
    QVERIFY2(error.has_value(), "a value of the wrong type was accepted");
    QCOMPARE(error->kind(), StoreError::Kind::Validation);
    QVERIFY(error->field().has_value());
    QCOMPARE(*error->field(), field);
    QVERIFY2(error->message().contains(fieldLabel(field)), qPrintable(error->message()));
}

void TestLeadJson::nonObjectThrows()
{
    Lead lead;
    const auto error = errorFrom([&] { mergeLeadJson(lead, nlohmann::json::array({1, 2})); });
    QVERIFY2(error.has_value(), "a JSON array was accepted as a lead");
    QCOMPARE(error->kind(), StoreError::Kind::Validation);
    QVERIFY(!error->message().isEmpty());
}

void TestLeadJson::versionOfWrongTypeThrows()
{
    // The header promises a StoreError for any known key of the wrong type; a version sent as text
    // must not be dropped silently, or the next sync would send a stale base version.
    Lead lead = sampleLead();
    const auto error = errorFrom([&] { mergeLeadJson(lead, nlohmann::json{{"version", "43"}}); });
    QVERIFY2(error.has_value(), "a version given as text was silently ignored");
    QCOMPARE(error->kind(), StoreError::Kind::Validation);
    QCOMPARE(lead.version, qint64{42});
}

void TestLeadJson::idOfWrongTypeDoesNotBlameEmail()
{
    // A form or sync error is shown against the field it names; a bad id is not the email's fault.
    Lead lead;
    const auto error = errorFrom([&] {
        mergeLeadJson(lead, nlohmann::json{{"id", 5}, {"email", "ann@x.de"}});
    });
    QVERIFY2(error.has_value(), "an id given as a number was accepted");
    QCOMPARE(error->kind(), StoreError::Kind::Validation);
    QVERIFY2(!error->field().has_value() || *error->field() != LeadField::Email,
             qPrintable(error->message()));
    QVERIFY2(!error->message().startsWith(fieldLabel(LeadField::Email)), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestLeadJson)
#include "test_lead_json.moc"
