#include "ui/UiSettings.h"

namespace leadbox {
namespace {
const QString kVersionKey = QStringLiteral("settingsVersion");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kLeadsHeader = QStringLiteral("leads/headerState");
const QString kSidebarVisible = QStringLiteral("mainWindow/sidebarVisible");
} // namespace

UiSettings::UiSettings(const QString& file)
    : m_settings(file, QSettings::IniFormat)
{
    migrate();
}

void UiSettings::migrate()
{
    const int version = m_settings.value(kVersionKey, 0).toInt();
    if (version > kVersion) {
        return; // written by a newer LeadBox: read what we know, change nothing
    }
    // Version 0 is a fresh file; later versions rename or convert keys here, one step each.
    m_settings.setValue(kVersionKey, kVersion);
}

QByteArray UiSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void UiSettings::setMainWindowGeometry(const QByteArray& value)
{
    m_settings.setValue(kGeometry, value);
}

QByteArray UiSettings::mainWindowState() const
{
    return m_settings.value(kState).toByteArray();
}

void UiSettings::setMainWindowState(const QByteArray& value)
{
    m_settings.setValue(kState, value);
}

QByteArray UiSettings::leadsHeaderState() const
{
    return m_settings.value(kLeadsHeader).toByteArray();
}

void UiSettings::setLeadsHeaderState(const QByteArray& value)
{
    m_settings.setValue(kLeadsHeader, value);
}

bool UiSettings::sidebarVisible() const
{
    return m_settings.value(kSidebarVisible, true).toBool();
}

void UiSettings::setSidebarVisible(bool visible)
{
    m_settings.setValue(kSidebarVisible, visible);
}

void UiSettings::sync()
{
    m_settings.sync();
}

} // namespace leadbox
