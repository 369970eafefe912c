#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace leadbox {

// Typed, versioned settings of the window layout, kept in the data folder's settings.ini.
class UiSettings
{
public:
    static constexpr int kVersion = 1;

    explicit UiSettings(const QString& file);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& value);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& value);
    QByteArray leadsHeaderState() const;
    void setLeadsHeaderState(const QByteArray& value);
    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);

    void sync();
    // The settings file, which other settings (such as the cloud connection) share.
    QString fileName() const { return m_settings.fileName(); }

private:
    void migrate();

    QSettings m_settings;
};

} // namespace leadbox
