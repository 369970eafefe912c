#pragma once

#include "models/store/OutboxRepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace leadbox {

// What sync does to the content of lead ops in the outbox, as plain JSON: folding a later edit into an
// earlier one, taking a field out of an op, and the tag adds and removes that ops carry.
// Update fields follow the protocol: plain values, tags as {"add":[…],"remove":[…]} (or an array,
// meaning "set"), custom as {"<fieldId>":"value"} with "" clearing a value.
namespace OutboxOps {

struct Op
{
    QString op; // create, update, delete; empty when the two ops cancel out
    nlohmann::json fields = nlohmann::json::object();
};

// `earlier` followed by `later` for the same lead as one op, or nothing when they must go separately.
// create+update → create; create+delete → nothing left (empty op); update+update → update;
// update+delete → delete; delete+create (an undone delete) → update with the full data.
std::optional<Op> fold(const Op& earlier, const Op& later);

// Takes `field` (a protocol field name, or custom.<id>) out of update fields. For a create, sets it to
// `value` instead, since a create always carries every field.
void withdrawField(const QString& op, nlohmann::json& fields, const QString& field, const QString& value);

// The update fields that set one field: {"company":"Acme"} or {"custom":{"<id>":"x"}}.
nlohmann::json fieldUpdate(const QString& field, const QString& value);

// The tag changes of a lead's pending ops, in order. `set` when an op replaces the whole list (a
// create, or an array), which makes the local list win.
struct TagDelta
{
    QStringList add;
    QStringList remove;
    bool set = false;
};
TagDelta tagDelta(const QList<OutboxEntry>& ops);
// The server's tags with the local adds and removes applied, ignoring case as tags do.
QStringList applyTagDelta(QStringList tags, const TagDelta& delta);

} // namespace OutboxOps
} // namespace leadbox
