#include "app/cli/CliApplication.h"

#include "Version.h"
#include "app/cli/AccountCommand.h"
#include "app/cli/ConflictsCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/LeadsCommand.h"
#include "app/cli/SyncCommand.h"
#include "app/cli/TeamCommand.h"
#include "app/common/ProcessSetup.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"

#include <QCommandLineParser>
#include <QSettings>
#include <algorithm>

namespace leadbox {

QString cliErrorLine(const QString& message)
{
    QString text = message.trimmed();
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    // Lower-case an ordinary first word ("A lead" → "a lead") but leave names ("LeadBox") and paths alone.
    const qsizetype wordEnd = text.indexOf(QLatin1Char(' '));
    const QStringView firstWord = QStringView(text).left(wordEnd < 0 ? text.size() : wordEnd);
    const bool camelCase = firstWord.size() > 1 && std::any_of(firstWord.begin() + 1, firstWord.end(),
                                                               [](QChar c) { return c.isUpper(); });
    if (text.size() > 1 && text.at(0).isUpper() && (text.at(1).isLower() || text.at(1).isSpace()) &&
        !camelCase) {
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
        "Usage: leadbox-cli [--data-dir DIR] [CLOUD OPTIONS] COMMAND [OPTIONS]\n"
        "\n"
        "Works on the current workspace (the Local one unless `use` picked a cloud workspace) in the\n"
        "LeadBox data folder, the same stores the app uses.\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR   data folder (default: $LEADBOX_DATA_DIR, else the platform's app data folder)\n"
        "  --cloud-url URL  LeadBox Cloud (default: $LEADBOX_CLOUD_URL, else the settings)\n"
        "  --firebase-api-key KEY, --firebase-project ID\n"
        "                   Firebase Auth (default: $LEADBOX_FIREBASE_API_KEY, $LEADBOX_FIREBASE_PROJECT);\n"
        "                   $FIREBASE_AUTH_EMULATOR_HOST is honoured\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n"
        "\n"
        "Account and workspaces:\n"
        "  login --email E --password-stdin     reads the password from the first line of stdin\n"
        "  logout [--wipe]                      --wipe deletes this account's cached data\n"
        "  whoami [--json]\n"
        "  workspaces [--json]\n"
        "  workspaces create NAME               prints the new workspace's id\n"
        "  use WORKSPACE_ID|local\n"
        "  team list [--json]\n"
        "  team invite EMAIL [--role member|admin]\n"
        "  team role EMAIL member|admin\n"
        "  team remove EMAIL\n"
        "\n"
        "Leads:\n"
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
        "Sync (cloud workspaces):\n"
        "  sync [--json]                        pull the cloud's changes, push this computer's\n"
        "  status [--json]                      pending changes, conflicts and the last sync\n"
        "  conflicts list [--json]              ID, lead, field, this computer's value, the cloud's\n"
        "  conflicts resolve ID --keep local|server\n"
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

namespace {

bool isCommand(const QString& verb)
{
    static const QStringList commands{
        QStringLiteral("leads"),      QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("login"),      QStringLiteral("logout"), QStringLiteral("whoami"),
        QStringLiteral("workspaces"), QStringLiteral("use"),    QStringLiteral("team"),
        QStringLiteral("sync"),       QStringLiteral("status"), QStringLiteral("conflicts")};
    return commands.contains(verb);
}

bool isAccountCommand(const QString& verb)
{
    return verb == QLatin1String("login") || verb == QLatin1String("logout") ||
           verb == QLatin1String("whoami") || verb == QLatin1String("workspaces") ||
           verb == QLatin1String("use");
}

} // namespace

int CliApplication::run()
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption cloudUrl(QStringLiteral("cloud-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption apiKey(QStringLiteral("firebase-api-key"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption project(QStringLiteral("firebase-project"), QString(), QStringLiteral("ID"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dataDir, cloudUrl, apiKey, project, help, version});
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
    if (!isCommand(verb)) {
        m_err << cliErrorLine(tr("Unknown command “%1”.").arg(command.first())) << "\n"
              << tr("Run leadbox-cli --help for usage.") << "\n";
        return UsageError;
    }

    const DataLocation location = DataLocation::resolve(parser.value(dataDir));
    startLogging(location, QStringLiteral("leadbox-cli"));
    try {
        const QSettings settings(location.settingsFile(), QSettings::IniFormat);
        const CloudConfig config =
            CloudConfig::resolve({parser.value(cloudUrl), parser.value(apiKey), parser.value(project)},
                                 QProcessEnvironment::systemEnvironment(), &settings);
        AccountContext context(location, config);
        if (isAccountCommand(verb)) {
            AccountCommand account(m_out, m_err);
            if (!account.parse(command)) {
                return UsageError;
            }
            return account.run(context) ? Success : Failure;
        }
        if (verb == QLatin1String("team")) {
            TeamCommand team(m_out, m_err);
            if (!team.parse(command.mid(1))) {
                return UsageError;
            }
            return team.run(context) ? Success : Failure;
        }
        if (verb == QLatin1String("sync") || verb == QLatin1String("status")) {
            SyncCommand sync(verb == QLatin1String("sync") ? SyncCommand::Verb::Sync
                                                           : SyncCommand::Verb::Status,
                             m_out, m_err);
            if (!sync.parse(command.mid(1))) {
                return UsageError;
            }
            if (!permitted(context, Action::ViewLeads)) {
                return Failure;
            }
            return sync.run(context) ? Success : Failure;
        }
        if (verb == QLatin1String("conflicts")) {
            ConflictsCommand conflicts(m_out, m_err);
            if (!conflicts.parse(command.mid(1))) {
                return UsageError;
            }
            if (!permitted(context, conflicts.changesLeads() ? Action::EditLeads : Action::ViewLeads)) {
                return Failure;
            }
            const std::unique_ptr<WorkspaceStore> workspace = context.openCurrentStore();
            return conflicts.run(*workspace) ? Success : Failure;
        }
        if (verb != QLatin1String("leads")) {
            const bool importing = verb == QLatin1String("import");
            ImportCommand transfer(importing ? ImportCommand::Direction::Import
                                             : ImportCommand::Direction::Export,
                                   m_out, m_err);
            if (!transfer.parse(command.mid(1))) {
                return UsageError;
            }
            if (!permitted(context, importing ? Action::ImportLeads : Action::ExportLeads)) {
                return Failure;
            }
            const std::unique_ptr<WorkspaceStore> workspace = context.openCurrentStore();
            return transfer.run(workspace->database()) ? Success : Failure;
        }
        LeadsCommand leads(m_out, m_err);
        if (!leads.parse(command.mid(1))) {
            return UsageError;
        }
        if (!permitted(context, leads.changesLeads() ? Action::EditLeads : Action::ViewLeads)) {
            return Failure;
        }
        const std::unique_ptr<WorkspaceStore> workspace = context.openCurrentStore();
        return leads.run(workspace->leads()) ? Success : Failure;
    } catch (const StoreError& error) {
        m_err << cliErrorLine(error.message()) << "\n";
        return Failure;
    }
}

bool CliApplication::permitted(const AccountContext& context, Action action)
{
    // The role cached at the last sign-in or `use`; the cloud checks again when changes sync.
    if (context.can(action)) {
        return true;
    }
    m_err << cliErrorLine(context.refusal(action)) << "\n";
    return false;
}

} // namespace leadbox
