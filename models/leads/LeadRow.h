#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace leadbox {

// How lead values are spelled in the leads table, shared by the repository and the importer.
namespace LeadRow {

// Qt binds a null QString as SQL NULL; the text columns want ''.
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString tagsToText(const QStringList& tags); // a JSON array: ["vip","trade show"]
QStringList tagsFromText(const QString& text);
QString customToText(const QMap<QString, QString>& custom); // a JSON object: {"field id":"value"}
QMap<QString, QString> customFromText(const QString& text);

} // namespace LeadRow
} // namespace leadbox
