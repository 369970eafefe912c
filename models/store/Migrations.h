#pragma once

#include <QStringList>
#include <vector>

namespace leadbox {

class Database;

// A numbered step of the schema. Steps run in order, all pending ones in one transaction.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Brings the store to latestSchemaVersion() in one transaction, or leaves it as it was.
void migrate(Database& db);

} // namespace leadbox
