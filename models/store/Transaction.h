#pragma once

namespace leadbox {

class Database;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() ran.
// Everything an edit writes (the lead and its outbox row) goes inside one of these.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace leadbox
