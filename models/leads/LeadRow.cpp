#include "models/leads/LeadRow.h"

#include <nlohmann/json.hpp>

namespace leadbox::LeadRow {

QString tagsToText(const QStringList& tags)
{
    if (tags.isEmpty()) {
        return QStringLiteral("[]");
    }
    nlohmann::json array = nlohmann::json::array();
    for (const QString& tag : tags) {
        array.push_back(tag.toStdString());
    }
    return QString::fromStdString(array.dump());
}

QStringList tagsFromText(const QString& text)
{
    QStringList tags;
    if (text.size() <= 2) {
        return tags;
    }
    const auto array = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (array.is_array()) {
        for (const auto& tag : array) {
            if (tag.is_string()) {
                tags.append(QString::fromStdString(tag.get<std::string>()));
            }
        }
    }
    return tags;
}

QString customToText(const QMap<QString, QString>& custom)
{
    if (custom.isEmpty()) {
        return QStringLiteral("{}");
    }
    nlohmann::json object = nlohmann::json::object();
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        object[it.key().toStdString()] = it.value().toStdString();
    }
    return QString::fromStdString(object.dump());
}

QMap<QString, QString> customFromText(const QString& text)
{
    QMap<QString, QString> custom;
    if (text.size() <= 2) {
        return custom;
    }
    const auto object = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (object.is_object()) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().is_string()) {
                custom.insert(QString::fromStdString(it.key()),
                              QString::fromStdString(it.value().get<std::string>()));
            }
        }
    }
    return custom;
}

} // namespace leadbox::LeadRow
