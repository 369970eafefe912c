#pragma once

#include "app/cli/FilterOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class LeadRepository;
struct Lead;

// `leadbox-cli leads add|list|count|show|edit|delete`.
class LeadsCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadsCommand)

public:
    LeadsCommand(QTextStream& out, QTextStream& err);

    // Reads the sub-command and its options; on a mistake prints one error line and returns false.
    bool parse(const QStringList& arguments);
    // Runs it; on failure prints one error line and returns false.
    bool run(LeadRepository& leads);
    // True for add, edit and delete: the commands that need the EditLeads permission.
    bool changesLeads() const
    {
        return m_action == Action::Add || m_action == Action::Edit || m_action == Action::Delete;
    }

private:
    enum class Action
    {
        Add,
        List,
        Count,
        Show,
        Edit,
        Delete,
    };

    bool usageError(const QString& message);
    void applyFieldOptions(Lead& lead);
    bool runAdd(LeadRepository& leads);
    bool runList(LeadRepository& leads);
    bool runShow(LeadRepository& leads);
    bool runEdit(LeadRepository& leads);
    bool runDelete(LeadRepository& leads);
    bool findLead(LeadRepository& leads, Lead& lead);

    QTextStream& m_out;
    QTextStream& m_err;
    Action m_action = Action::List;
    QCommandLineParser m_parser;
    QString m_email;

    QCommandLineOption m_emailOption{QStringLiteral("email"), QString(), QStringLiteral("EMAIL")};
    QCommandLineOption m_firstName{QStringLiteral("first-name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption m_lastName{QStringLiteral("last-name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption m_company{QStringLiteral("company"), QString(), QStringLiteral("COMPANY")};
    QCommandLineOption m_phone{QStringLiteral("phone"), QString(), QStringLiteral("PHONE")};
    QCommandLineOption m_status{QStringLiteral("status"), QString(), QStringLiteral("STATUS")};
    QCommandLineOption m_source{QStringLiteral("source"), QString(), QStringLiteral("SOURCE")};
    QCommandLineOption m_tag{QStringLiteral("tag"), QString(), QStringLiteral("TAG")};
    QCommandLineOption m_addTag{QStringLiteral("add-tag"), QString(), QStringLiteral("TAG")};
    QCommandLineOption m_removeTag{QStringLiteral("remove-tag"), QString(), QStringLiteral("TAG")};
    QCommandLineOption m_search{QStringLiteral("search"), QString(), QStringLiteral("QUERY")};
    QCommandLineOption m_sort{QStringLiteral("sort"), QString(), QStringLiteral("FIELD")};
    QCommandLineOption m_limit{QStringLiteral("limit"), QString(), QStringLiteral("N")};
    QCommandLineOption m_json{QStringLiteral("json")};
    FilterOptions m_filter;
};

} // namespace leadbox
