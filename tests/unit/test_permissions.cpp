#include "models/accounts/Permissions.h"

#include <QTest>

using namespace leadbox;

// The one permission matrix that the UI, the CLI and devcloud all ask. Every cell is checked here,
// so a change to who may do what shows up as a failing line naming the role and the action.
class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void teamRulesProtectTheOwner();
    void roleKeysRoundTrip();
    void refusalNamesRoleAndAction();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");

    // Members work with leads and see the team; the rest is for admins and owners.
    const QList<Action> memberMay{Action::ViewLeads, Action::EditLeads, Action::ImportLeads, Action::ViewTeam,
                                  Action::EditCampaigns};
    for (const Role role : kAllRoles) {
        for (const Action action : kAllActions) {
            bool allowed = true;
            if (role == Role::Member) {
                allowed = memberMay.contains(action);
            } else if (role == Role::Admin) {
                allowed = action != Action::TransferOwnership;
            }
            const QByteArray name =
                (Permissions::roleKey(role) + QLatin1Char(' ') + Permissions::actionName(action)).toUtf8();
            QTest::newRow(name.constData()) << role << action << allowed;
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::can(role, action), allowed);
}

void TestPermissions::teamRulesProtectTheOwner()
{
    // Admins manage members and other admins...
    QVERIFY(Permissions::canChangeRole(Role::Admin, Role::Member, Role::Admin));
    QVERIFY(Permissions::canChangeRole(Role::Admin, Role::Admin, Role::Member));
    QVERIFY(Permissions::canRemove(Role::Admin, Role::Member));
    QVERIFY(Permissions::canRemove(Role::Admin, Role::Admin));
    // ...but never demote or remove the owner, and nobody makes an owner by a role change.
    QVERIFY(!Permissions::canChangeRole(Role::Admin, Role::Owner, Role::Member));
    QVERIFY(!Permissions::canChangeRole(Role::Admin, Role::Owner, Role::Admin));
    QVERIFY(!Permissions::canRemove(Role::Admin, Role::Owner));
    QVERIFY(!Permissions::canRemove(Role::Owner, Role::Owner));
    QVERIFY(!Permissions::canChangeRole(Role::Owner, Role::Admin, Role::Owner));
    QVERIFY(!Permissions::canChangeRole(Role::Admin, Role::Member, Role::Owner));
    // Members change nothing; a change to the same role is not a change.
    QVERIFY(!Permissions::canChangeRole(Role::Member, Role::Member, Role::Admin));
    QVERIFY(!Permissions::canRemove(Role::Member, Role::Member));
    QVERIFY(!Permissions::canChangeRole(Role::Owner, Role::Admin, Role::Admin));
    QVERIFY(Permissions::canChangeRole(Role::Owner, Role::Admin, Role::Member));
}

void TestPermissions::roleKeysRoundTrip()
{
    for (const Role role : kAllRoles) {
        QCOMPARE(Permissions::roleFromKey(Permissions::roleKey(role)), std::optional<Role>(role));
    }
    QCOMPARE(Permissions::roleFromKey(QStringLiteral("ADMIN")), std::optional<Role>(Role::Admin));
    QCOMPARE(Permissions::roleFromKey(QStringLiteral("superuser")), std::nullopt);
}

void TestPermissions::refusalNamesRoleAndAction()
{
    const QString text = Permissions::refusal(Role::Member, Action::ExportLeads);
    QVERIFY2(text.contains(QStringLiteral("Member")) && text.contains(QStringLiteral("export leads")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
