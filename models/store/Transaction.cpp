#include "models/store/Transaction.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/store/Database.h"

namespace leadbox {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.writeSql(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_open) {
        return;
    }
    try {
        m_db.rollback();
    } catch (const StoreError& error) {
        // SQLite has already rolled back after some errors (a full disk); nothing is left to undo.
        qCWarning(lcStore) << "rollback:" << error.message();
    }
}

void Transaction::commit()
{
    m_db.writeSql(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace leadbox
