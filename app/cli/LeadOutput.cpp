#include "app/cli/LeadOutput.h"

#include "models/leads/LeadJson.h"

#include <QStringList>

namespace leadbox {
namespace {

constexpr int kMaxColumnWidth = 36;

QString fit(const QString& text)
{
    return text.size() > kMaxColumnWidth ? text.left(kMaxColumnWidth - 1) + QStringLiteral("…") : text;
}

QString fullName(const Lead& lead)
{
    return QStringList{lead.firstName, lead.lastName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

LeadListPrinter::LeadListPrinter(QTextStream& out, Format format)
    : m_out(out)
    , m_format(format)
{
}

void LeadListPrinter::add(const QList<Lead>& page)
{
    if (m_format == Format::Json) {
        for (const Lead& lead : page) {
            m_out << (m_printed++ == 0 ? "[\n" : ",\n");
            m_out << QString::fromStdString(leadToJson(lead).dump(2));
        }
        return;
    }
    if (page.isEmpty()) {
        return;
    }
    QList<QStringList> rows;
    if (m_printed == 0) {
        rows.append({QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("COMPANY"),
                     QStringLiteral("STATUS"), QStringLiteral("TAGS")});
    }
    for (const Lead& lead : page) {
        rows.append({fit(lead.email), fit(fullName(lead)), fit(lead.company), statusName(lead.status),
                     lead.tags.join(QLatin1Char(','))});
    }
    if (m_widths.isEmpty()) {
        m_widths.fill(0, rows.first().size());
        for (const QStringList& row : std::as_const(rows)) {
            for (qsizetype column = 0; column < row.size(); ++column) {
                m_widths[column] = std::max(m_widths[column], row.at(column).size());
            }
        }
    }
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(m_widths[column] + 2);
        }
        m_out << line.trimmed() << "\n";
    }
    m_printed += page.size();
}

void LeadListPrinter::finish()
{
    if (m_format == Format::Json) {
        m_out << (m_printed == 0 ? "[]\n" : "\n]\n");
    }
}

void printLeadCard(QTextStream& out, const Lead& lead)
{
    const QList<QPair<QString, QString>> lines{
        {QStringLiteral("Email"), lead.email},
        {QStringLiteral("First name"), lead.firstName},
        {QStringLiteral("Last name"), lead.lastName},
        {QStringLiteral("Company"), lead.company},
        {QStringLiteral("Phone"), lead.phone},
        {QStringLiteral("Status"), statusName(lead.status)},
        {QStringLiteral("Tags"), lead.tags.join(QStringLiteral(", "))},
        {QStringLiteral("Source"), lead.source},
        {QStringLiteral("Created"), isoTime(lead.createdAt)},
        {QStringLiteral("Updated"), isoTime(lead.updatedAt)},
        {QStringLiteral("ID"), lead.id},
    };
    for (const auto& [label, value] : lines) {
        out << (label + QLatin1Char(':')).leftJustified(12) << value << "\n";
    }
}

void printLeadJson(QTextStream& out, const Lead& lead)
{
    out << QString::fromStdString(leadToJson(lead).dump(2)) << "\n";
}

} // namespace leadbox
