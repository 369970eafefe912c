#include "app/cli/LeadsCommand.h"

#include "app/cli/CliApplication.h"
#include "app/cli/LeadOutput.h"
#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"
#include "models/leads/LeadValidator.h"

namespace leadbox {
namespace {

constexpr int kDefaultListLimit = 100;
constexpr int kPageSize = 1000;

QString statusChoices()
{
    QStringList names;
    for (LeadStatus status : kAllLeadStatuses) {
        names.append(statusName(status));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

LeadsCommand::LeadsCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool LeadsCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool LeadsCommand::parse(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return usageError(tr("Say what to do with leads: add, list, count, show, edit or delete."));
    }
    const QString verb = arguments.first();
    const QList<QCommandLineOption> fieldOptions{m_firstName, m_lastName, m_company,
                                                 m_phone,     m_status,   m_source};
    if (verb == QLatin1String("add")) {
        m_action = Action::Add;
        m_parser.addOptions(fieldOptions);
        m_parser.addOptions({m_emailOption, m_tag, m_json});
    } else if (verb == QLatin1String("list")) {
        m_action = Action::List;
        m_parser.addOptions({m_search, m_sort, m_limit, m_json});
        m_filter.addTo(m_parser);
    } else if (verb == QLatin1String("count")) {
        m_action = Action::Count;
        m_parser.addOption(m_search);
        m_filter.addTo(m_parser);
    } else if (verb == QLatin1String("show")) {
        m_action = Action::Show;
        m_parser.addOption(m_json);
    } else if (verb == QLatin1String("edit")) {
        m_action = Action::Edit;
        m_parser.addOptions(fieldOptions);
        m_parser.addOptions({m_addTag, m_removeTag, m_json});
    } else if (verb == QLatin1String("delete")) {
        m_action = Action::Delete;
    } else {
        return usageError(tr("Unknown leads command “%1”.").arg(verb));
    }

    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + arguments.mid(1))) {
        return usageError(m_parser.errorText());
    }
    const QStringList positional = m_parser.positionalArguments();
    const bool needsEmail =
        m_action == Action::Show || m_action == Action::Edit || m_action == Action::Delete;
    if (needsEmail) {
        if (positional.size() != 1) {
            return usageError(tr("leads %1 takes exactly one email address.").arg(verb));
        }
        m_email = positional.first();
    } else if (!positional.isEmpty()) {
        return usageError(tr("Unexpected argument “%1”.").arg(positional.first()));
    }
    if (m_action == Action::Add && !m_parser.isSet(m_emailOption)) {
        return usageError(tr("leads add needs --email."));
    }
    const bool takesFields = m_action == Action::Add || m_action == Action::Edit;
    if (takesFields && m_parser.isSet(m_status) && !statusFromName(m_parser.value(m_status))) {
        return usageError(
            tr("Unknown status “%1”; use one of %2.").arg(m_parser.value(m_status), statusChoices()));
    }
    if (m_action == Action::List || m_action == Action::Count) {
        if (const QString problem = m_filter.check(m_parser); !problem.isEmpty()) {
            return usageError(problem);
        }
    }
    if (m_action == Action::List) {
        if (m_parser.isSet(m_sort)) {
            QString name = m_parser.value(m_sort);
            if (name.startsWith(QLatin1Char('-'))) {
                name.remove(0, 1);
            }
            if (!fieldFromCliName(name)) {
                return usageError(tr("Cannot sort by “%1”.").arg(m_parser.value(m_sort)));
            }
        }
        bool ok = true;
        if (m_parser.isSet(m_limit) && (m_parser.value(m_limit).toInt(&ok) < 0 || !ok)) {
            return usageError(tr("--limit takes a whole number, 0 for no limit."));
        }
    }
    return true;
}

bool LeadsCommand::run(LeadRepository& leads)
{
    try {
        switch (m_action) {
        case Action::Add:
            return runAdd(leads);
        case Action::List:
            return runList(leads);
        case Action::Count:
            m_out << leads.count(m_parser.value(m_search), m_filter.build(m_parser, leads.database()))
                  << "\n";
            return true;
        case Action::Show:
            return runShow(leads);
        case Action::Edit:
            return runEdit(leads);
        case Action::Delete:
            return runDelete(leads);
        }
    } catch (const StoreError& error) {
        m_err << cliErrorLine(error.message()) << "\n";
    }
    return false;
}

void LeadsCommand::applyFieldOptions(Lead& lead)
{
    const auto set = [this](const QCommandLineOption& option, QString& target) {
        if (m_parser.isSet(option)) {
            target = m_parser.value(option);
        }
    };
    set(m_firstName, lead.firstName);
    set(m_lastName, lead.lastName);
    set(m_company, lead.company);
    set(m_phone, lead.phone);
    set(m_source, lead.source);
    if (m_parser.isSet(m_status)) {
        lead.status = statusFromName(m_parser.value(m_status)).value_or(lead.status);
    }
}

bool LeadsCommand::runAdd(LeadRepository& leads)
{
    Lead lead;
    lead.email = m_parser.value(m_emailOption);
    applyFieldOptions(lead);
    for (const QString& tag : m_parser.values(m_tag)) {
        lead.tags.append(LeadValidator::splitTags(tag));
    }
    const Lead stored = leads.add(lead);
    if (m_parser.isSet(m_json)) {
        printLeadJson(m_out, stored);
    } else {
        m_out << tr("added %1 (%2)").arg(stored.email, stored.id) << "\n";
    }
    return true;
}

bool LeadsCommand::runList(LeadRepository& leads)
{
    LeadQuery query;
    query.search = m_parser.value(m_search);
    query.filter = m_filter.build(m_parser, leads.database());
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    if (m_parser.isSet(m_sort)) {
        QString name = m_parser.value(m_sort);
        if (name.startsWith(QLatin1Char('-'))) {
            query.order = Qt::DescendingOrder;
            name.remove(0, 1);
        }
        query.sortField = fieldFromCliName(name).value_or(LeadField::Email);
    }
    const int limit = m_parser.isSet(m_limit) ? m_parser.value(m_limit).toInt() : kDefaultListLimit;

    // Pages through the store so that a large list streams instead of filling memory.
    LeadListPrinter printer(m_out, m_parser.isSet(m_json) ? LeadListPrinter::Format::Json
                                                          : LeadListPrinter::Format::Table);
    bool more = true;
    while (more && (limit == 0 || printer.printed() < limit)) {
        query.limit =
            limit == 0 ? kPageSize : static_cast<int>(std::min<qint64>(kPageSize, limit - printer.printed()));
        const QList<Lead> page = leads.list(query);
        more = page.size() == query.limit;
        if (!page.isEmpty()) {
            query.after = LeadRepository::cursorAfter(page.constLast(), query.sortField);
        }
        printer.add(page);
    }
    printer.finish();
    const qint64 printed = printer.printed();
    if (printed == 0 && !m_parser.isSet(m_json)) {
        m_err << (query.search.trimmed().isEmpty() ? tr("No leads yet.") : tr("No leads match.")) << "\n";
    }
    if (more && limit > 0) {
        const qint64 total = leads.count(query.search, query.filter);
        if (total > printed) {
            m_err << tr("Showing %1 of %2 leads; use --limit N (0 for all) to see more.")
                         .arg(printed)
                         .arg(total)
                  << "\n";
        }
    }
    return true;
}

bool LeadsCommand::findLead(LeadRepository& leads, Lead& lead)
{
    const std::optional<Lead> found = leads.findByEmail(m_email);
    if (!found) {
        m_err << cliErrorLine(tr("No lead has the email %1.").arg(m_email)) << "\n";
        return false;
    }
    lead = *found;
    return true;
}

bool LeadsCommand::runShow(LeadRepository& leads)
{
    Lead lead;
    if (!findLead(leads, lead)) {
        return false;
    }
    if (m_parser.isSet(m_json)) {
        printLeadJson(m_out, lead);
    } else {
        printLeadCard(m_out, lead);
    }
    return true;
}

bool LeadsCommand::runEdit(LeadRepository& leads)
{
    Lead lead;
    if (!findLead(leads, lead)) {
        return false;
    }
    applyFieldOptions(lead);
    for (const QString& tag : m_parser.values(m_addTag)) {
        lead.tags.append(LeadValidator::splitTags(tag));
    }
    for (const QString& raw : m_parser.values(m_removeTag)) {
        const QString tag = raw.simplified();
        lead.tags.removeIf(
            [&](const QString& existing) { return existing.compare(tag, Qt::CaseInsensitive) == 0; });
    }
    const Lead stored = leads.update(lead);
    if (m_parser.isSet(m_json)) {
        printLeadJson(m_out, stored);
    } else {
        m_out << tr("updated %1").arg(stored.email) << "\n";
    }
    return true;
}

bool LeadsCommand::runDelete(LeadRepository& leads)
{
    Lead lead;
    if (!findLead(leads, lead)) {
        return false;
    }
    leads.remove({lead.id});
    m_out << tr("deleted %1").arg(lead.email) << "\n";
    return true;
}

} // namespace leadbox
