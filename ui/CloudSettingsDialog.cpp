#include "ui/CloudSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace leadbox {
namespace {

QLabel* makeNote(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

QLabel* makeError(const QString& objectName)
{
    QLabel* label = makeNote(objectName);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    return label;
}

} // namespace

CloudSettingsDialog::CloudSettingsDialog(const QString& settingsFile, const CloudConfig::Values& flags,
                                         const QProcessEnvironment& environment, QWidget* parent)
    : QDialog(parent)
    , m_settingsFile(settingsFile)
    , m_flags(flags)
    , m_environment(environment)
{
    setObjectName(QStringLiteral("cloudSettingsDialog"));
    setWindowTitle(tr("Cloud connection"));
    setMinimumWidth(520);

    auto* intro = new QLabel(tr("LeadBox Cloud keeps a team's workspaces and signs people in with Firebase. "
                                "Leave the cloud URL empty to work offline with the Local workspace only."));
    intro->setWordWrap(true);

    const QSettings saved(m_settingsFile, QSettings::IniFormat);
    const CloudConfig::Values savedValues = CloudConfig::fromSettings(saved);
    const CloudConfig::Values env = CloudConfig::fromEnvironment(m_environment);

    auto* form = new QFormLayout;
    addField(m_url, QStringLiteral("cloudUrl"), CloudConfig::cloudUrlKey(), savedValues.cloudUrl,
             m_flags.cloudUrl, QStringLiteral("--cloud-url"), env.cloudUrl,
             QStringLiteral("LEADBOX_CLOUD_URL"));
    m_url.edit->setPlaceholderText(tr("https://cloud.example.com (empty: offline only)"));
    m_urlError = makeError(QStringLiteral("cloudUrlError"));
    auto* urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_url.edit);
    urlColumn->addWidget(m_urlError);
    urlColumn->addWidget(m_url.note);
    form->addRow(tr("Cloud &URL:"), urlColumn);

    addField(m_apiKey, QStringLiteral("firebaseApiKey"), CloudConfig::apiKeyKey(), savedValues.apiKey,
             m_flags.apiKey, QStringLiteral("--firebase-api-key"), env.apiKey,
             QStringLiteral("LEADBOX_FIREBASE_API_KEY"));
    auto* keyColumn = new QVBoxLayout;
    keyColumn->addWidget(m_apiKey.edit);
    keyColumn->addWidget(m_apiKey.note);
    form->addRow(tr("Firebase API &key:"), keyColumn);

    addField(m_project, QStringLiteral("firebaseProject"), CloudConfig::projectKey(), savedValues.project,
             m_flags.project, QStringLiteral("--firebase-project"), env.project,
             QStringLiteral("LEADBOX_FIREBASE_PROJECT"));
    auto* projectColumn = new QVBoxLayout;
    projectColumn->addWidget(m_project.edit);
    projectColumn->addWidget(m_project.note);
    form->addRow(tr("Firebase &project:"), projectColumn);

    m_status = makeNote(QStringLiteral("cloudSettingsStatus"));
    auto* restart = new QLabel(tr("LeadBox uses the new connection the next time it starts."));
    restart->setObjectName(QStringLiteral("cloudSettingsRestartNote"));
    restart->setWordWrap(true);
    m_saveError = makeError(QStringLiteral("cloudSettingsSaveError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(restart);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloudSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const Field* field : {&m_url, &m_apiKey, &m_project}) {
        connect(field->edit, &QLineEdit::textChanged, this, &CloudSettingsDialog::validate);
    }
    validate();
}

void CloudSettingsDialog::addField(Field& field, const QString& objectName, const QString& key,
                                   const QString& saved, const QString& flag, const QString& flagName,
                                   const QString& env, const QString& envName)
{
    field.key = key;
    field.edit = new QLineEdit;
    field.edit->setObjectName(objectName + QStringLiteral("Edit"));
    field.note = makeNote(objectName + QStringLiteral("Note"));
    // The same order as CloudConfig::resolve(): flags, then the environment, then the settings.
    QString value = saved.trimmed();
    if (!flag.trimmed().isEmpty()) {
        field.overriddenBy = flagName;
        value = flag.trimmed();
    } else if (!env.trimmed().isEmpty()) {
        field.overriddenBy = envName;
        value = env.trimmed();
    }
    field.edit->setText(value);
    if (!field.overriddenBy.isEmpty()) {
        field.edit->setReadOnly(true);
        field.note->setText(tr("Set by %1, which comes before this setting. LeadBox keeps the value "
                               "saved here for when %1 is not set.")
                                .arg(field.overriddenBy));
        field.note->setVisible(true);
    }
}

CloudConfig::Values CloudSettingsDialog::fieldValues() const
{
    return {m_url.edit->text().trimmed(), m_apiKey.edit->text().trimmed(), m_project.edit->text().trimmed()};
}

void CloudSettingsDialog::validate()
{
    const CloudConfig::Values values = fieldValues();
    // The URL alone, by CloudConfig's rules; nothing from the environment takes part.
    const QString urlError =
        CloudConfig::resolve({}, QProcessEnvironment(), {values.cloudUrl, {}, {}}).error();
    m_urlError->setText(urlError);
    m_urlError->setVisible(!urlError.isEmpty());
    // A refused URL from a flag or the environment is shown, but cannot be fixed here.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(urlError.isEmpty() || m_url.edit->isReadOnly());

    // What the app would make of these values at start, with the flags and environment it has now.
    const CloudConfig config = CloudConfig::resolve(m_flags, m_environment, values);
    QString status;
    if (!urlError.isEmpty()) {
        // The error under the field says it all.
    } else if (!config.error().isEmpty()) {
        status = config.error();
    } else if (config.isConfigured()) {
        status = tr("LeadBox will connect to %1.").arg(config.cloudUrl().toDisplayString());
    } else if (config.cloudUrl().isEmpty()) {
        status = tr("Without a cloud URL LeadBox works offline, with the Local workspace only.");
    } else {
        status = tr("Without a Firebase API key LeadBox cannot sign in and works offline.");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void CloudSettingsDialog::accept()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    for (const Field* field : {&m_url, &m_apiKey, &m_project}) {
        if (!field->overriddenBy.isEmpty()) {
            continue; // the saved value stays as it was
        }
        const QString value = field->edit->text().trimmed();
        if (value.isEmpty()) {
            settings.remove(field->key);
        } else {
            settings.setValue(field->key, value);
        }
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_saveError->setText(tr("LeadBox cannot save the settings file %1. Check that the folder is "
                                "writable and try again.")
                                 .arg(m_settingsFile));
        m_saveError->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace leadbox
