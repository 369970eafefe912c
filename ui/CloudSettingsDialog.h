#pragma once

#include "services/cloud/CloudConfig.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace leadbox {

// Settings → Cloud Connection…: the cloud URL, Firebase API key and Firebase project kept in the
// settings file (the keys CloudConfig::fromSettings() reads). A value set by a command-line flag or
// an environment variable wins over the settings, so its field shows that value read-only and says
// where it comes from. The URL is checked by CloudConfig's rules (plain http only to this computer);
// OK stays disabled while it is refused. Saving does not reconnect: the app reads the settings at
// start, and the dialog says so.
class CloudSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `flags` holds the values given on the command line (empty when not given).
    CloudSettingsDialog(const QString& settingsFile, const CloudConfig::Values& flags,
                        const QProcessEnvironment& environment, QWidget* parent = nullptr);

    void accept() override;

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* note = nullptr;
        QString key;          // the settings key
        QString overriddenBy; // "--cloud-url" or "LEADBOX_CLOUD_URL", or empty
    };

    void addField(Field& field, const QString& objectName, const QString& key, const QString& saved,
                  const QString& flag, const QString& flagName, const QString& env, const QString& envName);
    void validate();
    CloudConfig::Values fieldValues() const;

    QString m_settingsFile;
    CloudConfig::Values m_flags;
    QProcessEnvironment m_environment;
    Field m_url;
    Field m_apiKey;
    Field m_project;
    QLabel* m_urlError = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_saveError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace leadbox
