#pragma once

#include "models/leads/LeadField.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace leadbox {

// What an import does with a row whose email is already in the workspace (or earlier in the file).
enum class DuplicatePolicy
{
    Skip,        // keep the stored lead as it is
    UpdateEmpty, // fill only the stored lead's empty fields; add tags
    Overwrite,   // the file's non-empty values replace the stored ones; add tags
};

// Where one CSV column goes: a lead field, a custom field (by name), or nowhere.
struct ColumnTarget
{
    enum class Kind
    {
        Ignore,
        Field,
        Custom,
    };
    Kind kind = Kind::Ignore;
    LeadField field = LeadField::Email;
    QString customName;

    static ColumnTarget ignore() { return {}; }
    static ColumnTarget toField(LeadField f) { return {Kind::Field, f, {}}; }
    static ColumnTarget toCustom(const QString& name) { return {Kind::Custom, LeadField::Email, name}; }
    bool operator==(const ColumnTarget& other) const
    {
        return kind == other.kind && (kind != Kind::Field || field == other.field) &&
               (kind != Kind::Custom || customName == other.customName);
    }
};

// How the imported people agreed to hear from the workspace, recorded once per import and shown
// in each imported lead's consent ledger. An empty basis records no consent.
struct ImportConsent
{
    QString basis;  // e.g. "Opted in on our website"
    QString source; // e.g. "Trade show 2026 sign-up sheet"
    QString text;   // what they were told, when known
};

struct ImportOptions
{
    QString filePath;
    QList<ColumnTarget> mapping; // one per CSV column; empty: guessed from the header
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    ImportConsent consent;
};

struct RejectedRow
{
    qint64 line = 0;
    QString reason;
    QStringList fields; // the row as it was in the file
};

struct ImportSummary
{
    qint64 importId = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    bool cancelled = false;
    QStringList header;
    QList<RejectedRow> rejectedRows; // the first kMaxKeptRejections, with reasons
    static constexpr int kMaxKeptRejections = 100000;
};

} // namespace leadbox
