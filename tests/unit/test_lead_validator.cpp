// The rules a lead must obey before it is stored: what a user typing into the form or the CLI is told.
#include "models/leads/LeadValidator.h"

#include <QtTest>

using namespace leadbox;

namespace {

Lead validLead()
{
    Lead lead;
    lead.email = QStringLiteral("ann@example.com");
    lead.firstName = QStringLiteral("Ann");
    return lead;
}

// A syntactically valid address of exactly `length` characters, with a 64-character local part.
QString emailOfLength(int length)
{
    const QString local(LeadValidator::kMaxEmailLocalPart, QLatin1Char('a'));
    QString domain =
        QString(63, QLatin1Char('b')) + QLatin1Char('.') + QString(63, QLatin1Char('c')) + QLatin1Char('.');
    const int lastLabel = length - static_cast<int>(local.size()) - 1 - static_cast<int>(domain.size()) - 4;
    domain += QString(lastLabel, QLatin1Char('d')) + QStringLiteral(".com");
    return local + QLatin1Char('@') + domain;
}

void setField(Lead& lead, LeadField field, const QString& value)
{
    switch (field) {
    case LeadField::Email:
        lead.email = value;
        break;
    case LeadField::FirstName:
        lead.firstName = value;
        break;
    case LeadField::LastName:
        lead.lastName = value;
        break;
    case LeadField::Company:
        lead.company = value;
        break;
    case LeadField::Phone:
        lead.phone = value;
        break;
    case LeadField::Source:
        lead.source = value;
        break;
    default:
        QFAIL("not a free-text field");
    }
}

QString describe(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& error : errors) {
        lines.append(error.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(leadbox::LeadField)

class TestLeadValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidEmails_data();
    void acceptsValidEmails();
    void rejectsInvalidEmails_data();
    void rejectsInvalidEmails();
    void emailLengthLimits();
    void emailIsRequired();
    void invalidEmailMessageQuotesTheAddress();
    void fieldMaxLength_data();
    void fieldMaxLength();
    void rejectsControlCharacters_data();
    void rejectsControlCharacters();
    void phoneRules_data();
    void phoneRules();
    void reportsEveryBrokenRuleInFieldOrder();
    void splitTags_data();
    void splitTags();
    void tagCountLimit();
    void tagLengthLimit();
    void rejectsControlCharactersInTags();
    void normaliseTrimsTextFields();
    void normaliseDedupesTagsKeepingFirstSpelling();
    void emailKeyIgnoresCase_data();
    void emailKeyIgnoresCase();
    void emailKeyKeepsDifferentAddressesApart();
};

void TestLeadValidator::acceptsValidEmails_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("plain") << QStringLiteral("ann@example.com");
    QTest::newRow("dotted local part") << QStringLiteral("ann.smith@example.com");
    QTest::newRow("plus addressing") << QStringLiteral("ann+crm@example.com");
    QTest::newRow("subdomains") << QStringLiteral("ann@mail.eu.example.co.uk");
    QTest::newRow("hyphenated domain") << QStringLiteral("ann@my-company.io");
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie");
    QTest::newRow("unicode domain") << QStringLiteral("ann@bücher.de");
    QTest::newRow("unicode everywhere") << QStringLiteral("иван@пример.рф");
    QTest::newRow("local part 64 chars") << QString(64, QLatin1Char('a')) + QStringLiteral("@example.com");
}

void TestLeadValidator::acceptsValidEmails()
{
    QFETCH(QString, email);
    QVERIFY2(LeadValidator::isValidEmail(email), qPrintable(email));
    Lead lead = validLead();
    lead.email = email;
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestLeadValidator::rejectsInvalidEmails_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("no @") << QStringLiteral("ann.example.com");
    QTest::newRow("two @") << QStringLiteral("ann@b@example.com");
    QTest::newRow("double @@") << QStringLiteral("ann@@example.com");
    QTest::newRow("nothing before @") << QStringLiteral("@example.com");
    QTest::newRow("nothing after @") << QStringLiteral("ann@");
    QTest::newRow("no dot in domain") << QStringLiteral("ann@localhost");
    QTest::newRow("space in local part") << QStringLiteral("ann smith@example.com");
    QTest::newRow("space in domain") << QStringLiteral("ann@exa mple.com");
    QTest::newRow("trailing dot") << QStringLiteral("ann@example.com.");
    QTest::newRow("empty domain label") << QStringLiteral("ann@example..com");
    QTest::newRow("local part ends with dot") << QStringLiteral("ann.@example.com");
    QTest::newRow("label starts with hyphen") << QStringLiteral("ann@-example.com");
    QTest::newRow("numeric TLD") << QStringLiteral("ann@example.123");
    QTest::newRow("IP address") << QStringLiteral("ann@192.168.1.1");
    QTest::newRow("local part 65 chars") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.com");
}

void TestLeadValidator::rejectsInvalidEmails()
{
    QFETCH(QString, email);
    QVERIFY2(!LeadValidator::isValidEmail(email), qPrintable(email));
    Lead lead = validLead();
    lead.email = email;
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Email);
}

void TestLeadValidator::emailLengthLimits()
{
    const QString atLimit = emailOfLength(254);
    QCOMPARE(atLimit.size(), 254);
    QVERIFY(LeadValidator::isValidEmail(atLimit));

    const QString overLimit = emailOfLength(255);
    QCOMPARE(overLimit.size(), 255);
    QVERIFY(!LeadValidator::isValidEmail(overLimit));

    Lead lead = validLead();
    lead.email = overLimit;
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Email);
    QVERIFY2(errors.first().message.contains(QStringLiteral("Email")), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QStringLiteral("254")), qPrintable(errors.first().message));
}

void TestLeadValidator::emailIsRequired()
{
    Lead lead = validLead();
    lead.email.clear();
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Email);
    QVERIFY2(errors.first().message.contains(QStringLiteral("Email")), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QStringLiteral("required")), qPrintable(errors.first().message));
}

void TestLeadValidator::invalidEmailMessageQuotesTheAddress()
{
    Lead lead = validLead();
    lead.email = QStringLiteral("ann@localhost");
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QStringLiteral("ann@localhost")),
             qPrintable(errors.first().message));
}

void TestLeadValidator::fieldMaxLength_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QChar>("fill");
    QTest::newRow("first name") << LeadField::FirstName << 100 << QStringLiteral("First name") << QChar(u'x');
    QTest::newRow("last name") << LeadField::LastName << 100 << QStringLiteral("Last name") << QChar(u'x');
    QTest::newRow("company") << LeadField::Company << 200 << QStringLiteral("Company") << QChar(u'x');
    QTest::newRow("phone") << LeadField::Phone << 40 << QStringLiteral("Phone") << QChar(u'5');
    QTest::newRow("source") << LeadField::Source << 200 << QStringLiteral("Source") << QChar(u'x');
}

void TestLeadValidator::fieldMaxLength()
{
    QFETCH(LeadField, field);
    QFETCH(int, limit);
    QFETCH(QString, label);
    QFETCH(QChar, fill);
    QCOMPARE(fieldInfo(field).maxLength, limit);

    Lead lead = validLead();
    setField(lead, field, QString(limit, fill));
    QList<FieldError> errors = LeadValidator::validate(lead);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    setField(lead, field, QString(limit + 1, fill));
    errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(label), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QString::number(limit)), qPrintable(errors.first().message));
}

void TestLeadValidator::rejectsControlCharacters_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("value");
    const QString soh = QStringLiteral("Ann") + QChar(0x01) + QStringLiteral("e");
    const QString rlo = QStringLiteral("Ann") + QChar(0x202E) + QStringLiteral("exe.txt");
    const QString newline = QStringLiteral("Ann\nSmith");
    const QString zeroWidth = QStringLiteral("Ann") + QChar(0x200B) + QStringLiteral("e");
    QTest::newRow("first name SOH") << LeadField::FirstName << QStringLiteral("First name") << soh;
    QTest::newRow("first name RLO") << LeadField::FirstName << QStringLiteral("First name") << rlo;
    QTest::newRow("first name newline") << LeadField::FirstName << QStringLiteral("First name") << newline;
    QTest::newRow("last name RLO") << LeadField::LastName << QStringLiteral("Last name") << rlo;
    QTest::newRow("company SOH") << LeadField::Company << QStringLiteral("Company") << soh;
    QTest::newRow("company zero-width space") << LeadField::Company << QStringLiteral("Company") << zeroWidth;
    QTest::newRow("source RLO") << LeadField::Source << QStringLiteral("Source") << rlo;
    QTest::newRow("phone SOH") << LeadField::Phone << QStringLiteral("Phone")
                               << QStringLiteral("555") + QChar(0x01) + QStringLiteral("1234");
    QTest::newRow("email RLO") << LeadField::Email << QStringLiteral("")
                               << QStringLiteral("ann") + QChar(0x202E) + QStringLiteral("@example.com");
}

void TestLeadValidator::rejectsControlCharacters()
{
    QFETCH(LeadField, field);
    QFETCH(QString, label);
    QFETCH(QString, value);
    Lead lead = validLead();
    setField(lead, field, value);
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(label), qPrintable(errors.first().message));
}

void TestLeadValidator::phoneRules_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("international") << QStringLiteral("+49 (30) 1234-567") << true;
    QTest::newRow("dots and slash") << QStringLiteral("030/123.45.67") << true;
    QTest::newRow("extension x") << QStringLiteral("555-1234 x12") << true;
    QTest::newRow("extension X") << QStringLiteral("555-1234 X12") << true;
    QTest::newRow("letters") << QStringLiteral("call me") << false;
    QTest::newRow("vanity number") << QStringLiteral("+1 800 FLOWERS") << false;
    QTest::newRow("extension word") << QStringLiteral("555-1234 ext 12") << false;
    QTest::newRow("hash") << QStringLiteral("555#1234") << false;
    QTest::newRow("semicolon") << QStringLiteral("555;1234") << false;
}

void TestLeadValidator::phoneRules()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    Lead lead = validLead();
    lead.phone = phone;
    const QList<FieldError> errors = LeadValidator::validate(lead);
    if (valid) {
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, LeadField::Phone);
        QVERIFY2(errors.first().message.contains(QStringLiteral("Phone")),
                 qPrintable(errors.first().message));
    }
}

void TestLeadValidator::reportsEveryBrokenRuleInFieldOrder()
{
    Lead lead;
    lead.email = QStringLiteral("not-an-email");
    lead.company = QString(201, QLatin1Char('c'));
    lead.phone = QStringLiteral("call me");
    const QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).field, LeadField::Email);
    QCOMPARE(errors.at(1).field, LeadField::Company);
    QCOMPARE(errors.at(2).field, LeadField::Phone);
}

void TestLeadValidator::splitTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << QStringLiteral("vip") << QStringList{QStringLiteral("vip")};
    QTest::newRow("trims around commas")
        << QStringLiteral("a, b ,c")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("drops empty parts")
        << QStringLiteral(" vip ,, , hot ,") << QStringList{QStringLiteral("vip"), QStringLiteral("hot")};
    QTest::newRow("only separators") << QStringLiteral(" , ,, ") << QStringList();
    QTest::newRow("collapses inner spaces")
        << QStringLiteral("trade   show, new\tyear")
        << QStringList{QStringLiteral("trade show"), QStringLiteral("new year")};
}

void TestLeadValidator::splitTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(LeadValidator::splitTags(text), tags);
}

void TestLeadValidator::tagCountLimit()
{
    Lead lead = validLead();
    for (int i = 0; i < LeadValidator::kMaxTags; ++i) {
        lead.tags.append(QStringLiteral("tag%1").arg(i));
    }
    QCOMPARE(lead.tags.size(), 50);
    QList<FieldError> errors = LeadValidator::validate(lead);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    lead.tags.append(QStringLiteral("one-too-many"));
    errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Tags);
    QVERIFY2(errors.first().message.contains(QStringLiteral("50")), qPrintable(errors.first().message));
}

void TestLeadValidator::tagLengthLimit()
{
    Lead lead = validLead();
    lead.tags = QStringList{QStringLiteral("short"), QString(50, QLatin1Char('t'))};
    QList<FieldError> errors = LeadValidator::validate(lead);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    lead.tags = QStringList{QStringLiteral("short"), QString(51, QLatin1Char('t'))};
    errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Tags);
    QVERIFY2(errors.first().message.contains(QStringLiteral("50")), qPrintable(errors.first().message));
}

void TestLeadValidator::rejectsControlCharactersInTags()
{
    Lead lead = validLead();
    lead.tags = QStringList{QStringLiteral("vip") + QChar(0x202E)};
    QList<FieldError> errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Tags);

    lead.tags = QStringList{QStringLiteral("a,b")};
    errors = LeadValidator::validate(lead);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, LeadField::Tags);
}

void TestLeadValidator::normaliseTrimsTextFields()
{
    Lead lead;
    lead.email = QStringLiteral("  ann@example.com\t");
    lead.firstName = QStringLiteral(" Ann ");
    lead.lastName = QStringLiteral("\tSmith\n");
    lead.company = QStringLiteral("  Globex Corporation  ");
    lead.phone = QStringLiteral(" +1 555 0100 ");
    lead.source = QStringLiteral(" trade show ");
    LeadValidator::normalise(lead);
    QCOMPARE(lead.email, QStringLiteral("ann@example.com"));
    QCOMPARE(lead.firstName, QStringLiteral("Ann"));
    QCOMPARE(lead.lastName, QStringLiteral("Smith"));
    QCOMPARE(lead.company, QStringLiteral("Globex Corporation"));
    QCOMPARE(lead.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(lead.source, QStringLiteral("trade show"));
    // Padding typed around a value is not a reason to refuse it.
    QVERIFY(LeadValidator::validate(lead).isEmpty());
}

void TestLeadValidator::normaliseDedupesTagsKeepingFirstSpelling()
{
    Lead lead = validLead();
    lead.tags = QStringList{QStringLiteral(" VIP "),     QStringLiteral("vip"),      QStringLiteral(""),
                            QStringLiteral("Hot  Lead"), QStringLiteral("hot lead"), QStringLiteral("Vip"),
                            QStringLiteral("   "),       QStringLiteral("Äpfel"),    QStringLiteral("äpfel")};
    LeadValidator::normalise(lead);
    QCOMPARE(lead.tags,
             (QStringList{QStringLiteral("VIP"), QStringLiteral("Hot Lead"), QStringLiteral("Äpfel")}));
}

void TestLeadValidator::emailKeyIgnoresCase_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ascii") << QStringLiteral("Ann@Example.COM") << QStringLiteral("ann@example.com");
    QTest::newRow("umlaut") << QStringLiteral("ÄNN@x.de") << QStringLiteral("änn@x.de");
    QTest::newRow("cyrillic") << QStringLiteral("ИВАН@ПРИМЕР.РФ") << QStringLiteral("иван@пример.рф");
    QTest::newRow("surrounding spaces")
        << QStringLiteral(" ann@example.com ") << QStringLiteral("ann@example.com");
}

void TestLeadValidator::emailKeyIgnoresCase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(LeadValidator::emailKey(a), LeadValidator::emailKey(b));
}

void TestLeadValidator::emailKeyKeepsDifferentAddressesApart()
{
    QVERIFY(LeadValidator::emailKey(QStringLiteral("ann@example.com")) !=
            LeadValidator::emailKey(QStringLiteral("anne@example.com")));
    QVERIFY(LeadValidator::emailKey(QStringLiteral("änn@x.de")) !=
            LeadValidator::emailKey(QStringLiteral("ann@x.de")));
}

QTEST_GUILESS_MAIN(TestLeadValidator)
#include "test_lead_validator.moc"
