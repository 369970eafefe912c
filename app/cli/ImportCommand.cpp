#include "app/cli/ImportCommand.h"

#include "app/cli/CliApplication.h"
#include "models/StoreError.h"
#include "models/imports/ColumnMapping.h"
#include "models/imports/LeadExporter.h"
#include "models/imports/LeadImporter.h"
#include "models/imports/RejectedRowsFile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

constexpr int kRejectionsShown = 20;
constexpr int kRejectionsInJson = 1000;

} // namespace

ImportCommand::ImportCommand(Direction direction, QTextStream& out, QTextStream& err)
    : m_direction(direction)
    , m_out(out)
    , m_err(err)
{
}

bool ImportCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool ImportCommand::parse(const QStringList& arguments)
{
    const bool importing = m_direction == Direction::Import;
    if (importing) {
        m_parser.addOptions(
            {m_map, m_onDuplicate, m_consentSource, m_consentBasis, m_consentText, m_rejected, m_json});
    } else {
        m_parser.addOption(m_search);
        m_filter.addTo(m_parser);
    }
    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + arguments)) {
        return usageError(m_parser.errorText());
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(importing ? tr("import takes exactly one CSV file.")
                                    : tr("export takes exactly one file name."));
    }
    m_file = positional.first();
    if (!importing) {
        if (const QString problem = m_filter.check(m_parser); !problem.isEmpty()) {
            return usageError(problem);
        }
    }
    if (importing) {
        const QString policy = m_parser.value(m_onDuplicate);
        if (policy != QLatin1String("skip") && policy != QLatin1String("update") &&
            policy != QLatin1String("overwrite")) {
            return usageError(tr("--on-duplicate takes skip, update or overwrite, not “%1”.").arg(policy));
        }
    }
    return true;
}

bool ImportCommand::run(Database& db)
{
    try {
        return m_direction == Direction::Import ? runImport(db) : runExport(db);
    } catch (const StoreError& error) {
        m_err << cliErrorLine(error.message()) << "\n";
        return false;
    }
}

bool ImportCommand::runImport(Database& db)
{
    ImportOptions options;
    options.filePath = m_file;
    const QString policy = m_parser.value(m_onDuplicate);
    options.onDuplicate = policy == QLatin1String("update")      ? DuplicatePolicy::UpdateEmpty
                          : policy == QLatin1String("overwrite") ? DuplicatePolicy::Overwrite
                                                                 : DuplicatePolicy::Skip;
    if (m_parser.isSet(m_map)) {
        const LeadImporter::Preview preview = LeadImporter::preview(m_file, 0);
        options.mapping =
            ColumnMapping::withOverrides(preview.header, preview.mapping, m_parser.values(m_map));
    }
    options.consent.source = m_parser.value(m_consentSource);
    options.consent.text = m_parser.value(m_consentText);
    options.consent.basis = m_parser.value(m_consentBasis);
    if (options.consent.basis.isEmpty() && !options.consent.source.isEmpty()) {
        options.consent.basis = tr("Consent collected by the workspace");
    }

    const ImportSummary summary = LeadImporter(db).run(options);
    if (m_parser.isSet(m_rejected) && summary.rejected > 0) {
        RejectedRowsFile::write(m_parser.value(m_rejected), summary);
    }

    if (m_parser.isSet(m_json)) {
        nlohmann::json rejectedRows = nlohmann::json::array();
        for (const RejectedRow& row : summary.rejectedRows.mid(0, kRejectionsInJson)) {
            rejectedRows.push_back({{"line", row.line}, {"reason", row.reason.toStdString()}});
        }
        const nlohmann::json result{{"file", m_file.toStdString()}, {"importId", summary.importId},
                                    {"added", summary.added},       {"updated", summary.updated},
                                    {"skipped", summary.skipped},   {"rejected", summary.rejected},
                                    {"rejectedRows", rejectedRows}};
        m_out << QString::fromStdString(result.dump(2)) << "\n";
        return true;
    }
    m_out << tr("Imported %1: %2 added, %3 updated, %4 skipped, %5 rejected.")
                 .arg(QFileInfo(m_file).fileName())
                 .arg(summary.added)
                 .arg(summary.updated)
                 .arg(summary.skipped)
                 .arg(summary.rejected)
          << "\n";
    for (const RejectedRow& row : summary.rejectedRows.mid(0, kRejectionsShown)) {
        m_out << "  " << tr("line %1: %2").arg(row.line).arg(row.reason) << "\n";
    }
    if (summary.rejected > kRejectionsShown) {
        m_out << "  " << tr("… and %1 more.").arg(summary.rejected - kRejectionsShown) << "\n";
    }
    if (m_parser.isSet(m_rejected) && summary.rejected > 0) {
        m_out << tr("Rejected rows, with their reasons, are in %1; fix them there and import that file.")
                     .arg(m_parser.value(m_rejected))
              << "\n";
    }
    return true;
}

bool ImportCommand::runExport(Database& db)
{
    const qint64 written =
        LeadExporter(db).run(m_file, m_parser.value(m_search), m_filter.build(m_parser, db));
    m_out << (written == 1 ? tr("Exported 1 lead to %1.").arg(m_file)
                           : tr("Exported %1 leads to %2.").arg(written).arg(m_file))
          << "\n";
    return true;
}

} // namespace leadbox
