#pragma once

#include "models/leads/Lead.h"
#include "models/leads/LeadRepository.h"
#include "models/store/RawStatement.h"

#include <QString>
#include <optional>

namespace leadbox {

class Database;

// Writes leads as the cloud has them, inside the caller's transaction: the whole row with its
// version, through the leads table's own triggers (search index, tag names), with no outbox row and
// no timeline entry. A stored lead with a newer version is left alone.
//
// The cloud decides who owns an email. When another local lead still holds the email being written
// (its own change of email has not arrived yet, or its create will be refused as a duplicate), its
// uniqueness key is parked until that lead is written again; its email stays as it was.
//
// A first pull brings every lead of the workspace, so write() runs on the SQLite C API with two
// statements per new lead (a probe by id and email key, then the insert).
class SyncedLeadWriter
{
public:
    explicit SyncedLeadWriter(Database& db);

    std::optional<Lead> find(const QString& id);
    void write(const Lead& lead);
    void remove(const QString& id, qint64 version);
    // Records that the cloud has the lead at `version`, when that is newer than what is stored.
    void raiseVersion(const QString& id, qint64 version);

private:
    Database& m_db;
    LeadRepository m_reader;
    RawStatement m_probe;
    RawStatement m_park;
    RawStatement m_update;
    RawStatement m_insert;
};

} // namespace leadbox
