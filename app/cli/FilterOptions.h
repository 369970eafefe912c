#pragma once

#include "models/leads/LeadFilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace leadbox {

class Database;

// The filter flags that `leads list`, `leads count` and `export` share:
// --status S… --tag T… --source S --consent C --created-from D --created-to D --field NAME=VALUE…
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)

public:
    void addTo(QCommandLineParser& parser) const;
    // Checks the values that need no store; returns an error sentence or an empty string.
    QString check(const QCommandLineParser& parser) const;
    // Builds the filter; custom fields are looked up by name. Throws StoreError for an unknown one.
    LeadFilter build(const QCommandLineParser& parser, Database& db) const;
    static QString usage();

private:
    QCommandLineOption m_status{QStringLiteral("status"), QString(), QStringLiteral("STATUS")};
    QCommandLineOption m_tag{QStringLiteral("tag"), QString(), QStringLiteral("TAG")};
    QCommandLineOption m_source{QStringLiteral("source"), QString(), QStringLiteral("SOURCE")};
    QCommandLineOption m_consent{QStringLiteral("consent"), QString(), QStringLiteral("STATE")};
    QCommandLineOption m_createdFrom{QStringLiteral("created-from"), QString(), QStringLiteral("DATE")};
    QCommandLineOption m_createdTo{QStringLiteral("created-to"), QString(), QStringLiteral("DATE")};
    QCommandLineOption m_field{QStringLiteral("field"), QString(), QStringLiteral("NAME=VALUE")};
};

} // namespace leadbox
