#pragma once

#include "models/leads/Lead.h"

#include <QList>
#include <QTextStream>

namespace leadbox {

// Prints a list of leads that arrives page by page, so that a million leads stream through
// without being held in memory: an aligned table (one header; widths set by the first page) or
// one JSON array.
class LeadListPrinter
{
public:
    enum class Format
    {
        Table,
        Json,
    };

    LeadListPrinter(QTextStream& out, Format format);
    void add(const QList<Lead>& page);
    void finish();
    qint64 printed() const { return m_printed; }

private:
    QTextStream& m_out;
    Format m_format;
    QList<qsizetype> m_widths;
    qint64 m_printed = 0;
};

// One lead as a "Field: value" card, or as JSON.
void printLeadCard(QTextStream& out, const Lead& lead);
void printLeadJson(QTextStream& out, const Lead& lead);

} // namespace leadbox
