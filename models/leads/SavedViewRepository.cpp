#include "models/leads/SavedViewRepository.h"

#include "models/StoreError.h"
#include "models/store/Database.h"

#include <QSqlQuery>
#include <QUuid>

namespace leadbox {
namespace {

QString checkedName(const QString& raw)
{
    const QString name = raw.simplified();
    if (name.isEmpty()) {
        throw StoreError(StoreError::Kind::Validation, SavedViewRepository::tr("A saved view needs a name."));
    }
    if (name.size() > SavedViewRepository::kMaxNameLength) {
        throw StoreError(StoreError::Kind::Validation,
                         SavedViewRepository::tr("A view's name can have at most %1 characters.")
                             .arg(SavedViewRepository::kMaxNameLength));
    }
    return name;
}

} // namespace

SavedViewRepository::SavedViewRepository(Database& db)
    : m_db(db)
{
}

QList<SavedView> SavedViewRepository::list()
{
    QList<SavedView> views;
    m_db.forEachRow(
        m_db.prepare(QStringLiteral("SELECT id, name, filter FROM saved_views ORDER BY position, name")),
        [&](const QSqlQuery& row) {
            const auto json = nlohmann::json::parse(row.value(2).toString().toStdString(), nullptr, false);
            SavedView view;
            view.id = row.value(0).toString();
            view.name = row.value(1).toString();
            if (json.is_object()) {
                view.search = QString::fromStdString(json.value("search", std::string()));
                view.filter = LeadFilter::fromJson(json.value("filter", nlohmann::json::object()));
            }
            views.append(view);
        });
    return views;
}

SavedView SavedViewRepository::save(const QString& rawName, const QString& search, const LeadFilter& filter)
{
    SavedView view{QUuid::createUuid().toString(QUuid::WithoutBraces), checkedName(rawName), search, filter};
    for (const SavedView& existing : list()) {
        if (existing.name.compare(view.name, Qt::CaseInsensitive) == 0) {
            view.id = existing.id;
        }
    }
    const nlohmann::json json{{"search", search.toStdString()}, {"filter", filter.toJson()}};
    QSqlQuery& upsert = m_db.prepare(
        QStringLiteral("INSERT INTO saved_views (id, name, filter, position)"
                       " VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM saved_views))"
                       " ON CONFLICT (id) DO UPDATE SET name = excluded.name, filter = excluded.filter"));
    upsert.bindValue(0, view.id);
    upsert.bindValue(1, view.name);
    upsert.bindValue(2, QString::fromStdString(json.dump()));
    m_db.write(upsert);
    return view;
}

void SavedViewRepository::rename(const QString& id, const QString& newName)
{
    const QString name = checkedName(newName);
    for (const SavedView& existing : list()) {
        if (existing.id != id && existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            throw StoreError(StoreError::Kind::Validation,
                             tr("There is already a view named “%1”.").arg(name));
        }
    }
    QSqlQuery& update = m_db.prepare(QStringLiteral("UPDATE saved_views SET name = ? WHERE id = ?"));
    update.bindValue(0, name);
    update.bindValue(1, id);
    m_db.write(update);
}

void SavedViewRepository::remove(const QString& id)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    erase.bindValue(0, id);
    m_db.write(erase);
}

} // namespace leadbox
