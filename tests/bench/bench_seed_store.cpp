// Fills a Local workspace from generate_leads' CSV through LeadRepository::add, one lead per
// transaction, exactly as the app stores a lead typed into the form.
//
//   bench_seed_store --data-dir DIR --csv FILE
//
// scripts/bench uses it only when `leadbox-cli import` is not available, so that the query
// benchmarks still have N leads to work on. It is not the import benchmark: it is much slower
// than a bulk import, and its time is reported only as a remark.

#include "BenchStats.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QStringList>
#include <cstdio>

namespace {

// Splits one CSV record. generate_leads never puts a line break inside a field, so a record is a line.
QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

leadbox::Lead leadFromFields(const QStringList& f)
{
    leadbox::Lead lead;
    lead.email = f.value(0);
    lead.firstName = f.value(1);
    lead.lastName = f.value(2);
    lead.company = f.value(3);
    lead.phone = f.value(4);
    lead.status = leadbox::statusFromName(f.value(5)).value_or(leadbox::LeadStatus::New);
    lead.tags = leadbox::LeadValidator::splitTags(f.value(6));
    lead.source = f.value(7);
    lead.createdAt = QDateTime::fromString(f.value(8), Qt::ISODate);
    return lead;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // One log line per added lead would cost more than the insert.
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));

    const QStringList args = app.arguments();
    const QString dataDir = args.value(args.indexOf(QStringLiteral("--data-dir")) + 1);
    const QString csvPath = args.value(args.indexOf(QStringLiteral("--csv")) + 1);
    if (!args.contains(QStringLiteral("--data-dir")) || !args.contains(QStringLiteral("--csv"))) {
        std::fputs("usage: bench_seed_store --data-dir DIR --csv FILE\n", stderr);
        return 2;
    }

    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(csvPath));
        return 1;
    }
    try {
        const auto workspace = leadbox::WorkspaceStore::openLocal(leadbox::DataLocation(dataDir));
        leadbox::LeadRepository& leads = workspace->leads();
        const leadbox::bench::Stopwatch clock;
        qint64 added = 0;
        qint64 rejected = 0;
        csv.readLine(); // the header
        while (!csv.atEnd()) {
            const QString line = QString::fromUtf8(csv.readLine()).trimmed();
            if (line.isEmpty()) {
                continue;
            }
            try {
                leads.add(leadFromFields(splitCsvLine(line)));
                ++added;
            } catch (const leadbox::StoreError& error) {
                if (rejected++ < 5) {
                    std::fprintf(stderr, "rejected: %s\n", qPrintable(error.message()));
                }
            }
        }
        leadbox::bench::result("seed_ms", clock.elapsedMs(), "ms");
        leadbox::bench::result("seed_added", static_cast<double>(added), "leads");
        leadbox::bench::result("seed_rejected", static_cast<double>(rejected), "leads");
    } catch (const leadbox::StoreError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
