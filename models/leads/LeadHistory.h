#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace leadbox {

class Database;
struct Lead;

// One entry of a lead's consent ledger: when and how permission was given (or withdrawn), on what
// basis, what the person was shown, and from where.
struct ConsentRecord
{
    QString method; // webform, import or manual
    QString basis;
    QString source;
    QString textShown;
    QString ip;
    QDateTime givenAt;
    QDateTime withdrawnAt; // invalid while the permission stands
};

// One line of a lead's activity timeline.
struct ActivityEntry
{
    QDateTime at;
    QString
        kind; // created, edited, imported, import-update, deleted, restored, consent-given, consent-withdrawn
    QString summary; // a translated sentence: "Edited: company, tags (+vip)."
};

// Reads a lead's consent ledger and timeline, and records consent given or withdrawn by hand.
// Imported leads share their import's consent record, so the ledger joins it in.
class LeadHistory
{
    Q_DECLARE_TR_FUNCTIONS(LeadHistory)

public:
    explicit LeadHistory(Database& db);

    QList<ConsentRecord> consents(const Lead& lead);
    QList<ActivityEntry> activity(const Lead& lead); // newest first

    // Records permission given outside LeadBox (a phone call, a paper form). Basis is required.
    void recordConsent(const Lead& lead, const QString& basis, const QString& source,
                       const QString& textShown);
    // Withdraws every standing permission: the lead can no longer be emailed.
    void withdrawConsent(const Lead& lead);

private:
    void setConsentState(const Lead& lead, int state, const QString& activityKind);
    Database& m_db;
};

} // namespace leadbox
