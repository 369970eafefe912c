#include "app/cli/CliApplication.h"

#include "Version.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/LeadsCommand.h"
#include "app/common/ProcessSetup.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"

#include <QCommandLineParser>

namespace leadbox {

QString cliErrorLine(const QString& message)
{
    QString text = message.trimmed();
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    // Lower-case an ordinary first word ("A lead" → "a lead") but leave names and paths alone.
    if (text.size() > 1 && text.at(0).isUpper() && (text.at(1).isLower() || text.at(1).isSpace())) {
        text[0] = text.at(0).toLower();
    }
    return QStringLiteral("error: ") + text;
}

CliApplication::CliApplication(QStringList arguments, QTextStream& out, QTextStream& err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
}

QString CliApplication::usage()
{
    return QStringLiteral(
        "Usage: leadbox-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
        "\n"
        "Works on the Local workspace in the LeadBox data folder, the same store the app uses.\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR   data folder (default: $LEADBOX_DATA_DIR, else the platform's app data folder)\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n"
        "\n"
        "Commands:\n"
        "  leads add --email E [--first-name F] [--last-name L] [--company C] [--phone P]\n"
        "            [--status S] [--tag T]... [--source S] [--json]\n"
        "  leads list [--search Q] [FILTERS] [--sort [-]FIELD] [--limit N] [--json]\n"
        "  leads count [--search Q] [FILTERS]\n"
        "  leads show EMAIL [--json]\n"
        "  leads edit EMAIL [--first-name F] [--last-name L] [--company C] [--phone P] [--status S]\n"
        "            [--source S] [--add-tag T]... [--remove-tag T]... [--json]\n"
        "  leads delete EMAIL\n"
        "  import FILE [--map COLUMN=FIELD]... [--on-duplicate skip|update|overwrite]\n"
        "            [--consent-source TEXT] [--consent-basis TEXT] [--consent-text TEXT]\n"
        "            [--rejected OUT.csv] [--json]\n"
        "  export FILE [--search Q] [FILTERS]\n"
        "\n"
        "Filters: [--status S]... [--tag T]... [--source S] [--consent granted|withdrawn|unknown]\n"
        "         [--created-from YYYY-MM-DD] [--created-to YYYY-MM-DD] [--field NAME=VALUE]...\n"
        "Import maps columns by their headers (LeadBox, HubSpot, Mailchimp and Google Contacts names);\n"
        "--map \"Work Email=email\" sets one by hand (fields as in --sort, custom:NAME, or ignore).\n"
        "\n"
        "Statuses: new, contacted, qualified, customer, lost.\n"
        "Sort fields: email, first-name, last-name, company, phone, status, tags, source, created, updated;\n"
        "a leading '-' sorts descending (--sort -created).\n"
        "\n"
        "Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong.\n");
}

int CliApplication::run()
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dataDir, help, version});
    if (!parser.parse(m_arguments)) {
        m_err << cliErrorLine(parser.errorText()) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        m_out << usage();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << "leadbox-cli " << kVersion << "\n";
        return Success;
    }
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        m_err << usage();
        return UsageError;
    }
    const QString verb = command.first();
    if (verb != QLatin1String("leads") && verb != QLatin1String("import") &&
        verb != QLatin1String("export")) {
        m_err << cliErrorLine(tr("Unknown command “%1”.").arg(command.first())) << "\n"
              << tr("Run leadbox-cli --help for usage.") << "\n";
        return UsageError;
    }

    const DataLocation location = DataLocation::resolve(parser.value(dataDir));
    startLogging(location, QStringLiteral("leadbox-cli"));
    try {
        if (verb != QLatin1String("leads")) {
            ImportCommand transfer(verb == QLatin1String("import") ? ImportCommand::Direction::Import
                                                                   : ImportCommand::Direction::Export,
                                   m_out, m_err);
            if (!transfer.parse(command.mid(1))) {
                return UsageError;
            }
            const std::unique_ptr<WorkspaceStore> workspace = WorkspaceStore::openLocal(location);
            return transfer.run(workspace->database()) ? Success : Failure;
        }
        LeadsCommand leads(m_out, m_err);
        if (!leads.parse(command.mid(1))) {
            return UsageError;
        }
        const std::unique_ptr<WorkspaceStore> workspace = WorkspaceStore::openLocal(location);
        return leads.run(workspace->leads()) ? Success : Failure;
    } catch (const StoreError& error) {
        m_err << cliErrorLine(error.message()) << "\n";
        return Failure;
    }
}

} // namespace leadbox
