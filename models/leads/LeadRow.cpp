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

} // namespace leadbox::LeadRow
