#pragma once

#include "app/cli/FilterOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class Database;

// `leadbox-cli import FILE …` and `leadbox-cli export FILE …`.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    enum class Direction
    {
        Import,
        Export,
    };

    ImportCommand(Direction direction, QTextStream& out, QTextStream& err);
    bool parse(const QStringList& arguments);
    bool run(Database& db);

private:
    bool usageError(const QString& message);
    bool runImport(Database& db);
    bool runExport(Database& db);

    Direction m_direction;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QString m_file;

    QCommandLineOption m_map{QStringLiteral("map"), QString(), QStringLiteral("COLUMN=FIELD")};
    QCommandLineOption m_onDuplicate{QStringLiteral("on-duplicate"), QString(), QStringLiteral("POLICY"),
                                     QStringLiteral("skip")};
    QCommandLineOption m_consentSource{QStringLiteral("consent-source"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption m_consentBasis{QStringLiteral("consent-basis"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption m_consentText{QStringLiteral("consent-text"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption m_rejected{QStringLiteral("rejected"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_search{QStringLiteral("search"), QString(), QStringLiteral("QUERY")};
    QCommandLineOption m_json{QStringLiteral("json")};
    FilterOptions m_filter;
};

} // namespace leadbox
