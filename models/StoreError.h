#pragma once

#include "models/leads/LeadField.h"

#include <QString>
#include <exception>
#include <optional>

namespace leadbox {

// An error from the local store or its rules, with a sentence fit to show a user.
class StoreError : public std::exception
{
public:
    enum class Kind
    {
        Validation,     // a field's value breaks a rule; field() names it
        DuplicateEmail, // another lead already has this email
        NotFound,       // the lead asked for does not exist
        CannotOpen,     // the folder or file cannot be created or opened
        NotAWorkspace,  // the file is not a SQLite database, or not one of ours
        Corrupt,        // SQLite reports damage
        TooNew,         // made by a newer LeadBox; left untouched
        DiskFull,
        ReadOnly,
        Busy,     // another program holds the file locked for too long
        Internal, // anything else; the message carries SQLite's words
    };

    StoreError(Kind kind, QString message, QString filePath = {});

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& filePath() const { return m_filePath; }
    std::optional<LeadField> field() const { return m_field; }
    StoreError& withField(LeadField field);

    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_filePath;
    std::optional<LeadField> m_field;
    QByteArray m_utf8;
};

} // namespace leadbox
