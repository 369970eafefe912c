#pragma once

#include "models/leads/LeadFilter.h"

#include <QCoreApplication>
#include <QList>

namespace leadbox {

class Database;

// A named search and filter, listed in the sidebar under Leads.
struct SavedView
{
    QString id;
    QString name;
    QString search;
    LeadFilter filter;
};

class SavedViewRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewRepository)

public:
    static constexpr int kMaxNameLength = 60;

    explicit SavedViewRepository(Database& db);

    QList<SavedView> list();
    // Saves a new view, or replaces the one with the same name. Throws StoreError(Validation) for a bad name.
    SavedView save(const QString& name, const QString& search, const LeadFilter& filter);
    void rename(const QString& id, const QString& newName);
    void remove(const QString& id);

private:
    Database& m_db;
};

} // namespace leadbox
