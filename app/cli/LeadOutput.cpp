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

void printLeadTable(QTextStream& out, const QList<Lead>& leads)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("COMPANY"), QStringLiteral("STATUS"),
                 QStringLiteral("TAGS")});
    for (const Lead& lead : leads) {
        rows.append({fit(lead.email), fit(fullName(lead)), fit(lead.company), statusName(lead.status),
                     lead.tags.join(QLatin1Char(','))});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column] + 2);
        }
        out << line.trimmed() << "\n";
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

void printLeadsJson(QTextStream& out, const QList<Lead>& leads)
{
    nlohmann::json array = nlohmann::json::array();
    for (const Lead& lead : leads) {
        array.push_back(leadToJson(lead));
    }
    out << QString::fromStdString(array.dump(2)) << "\n";
}

} // namespace leadbox
