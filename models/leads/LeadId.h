#pragma once

#include <QString>

namespace leadbox {

// A new lead id: a UUID version 7 (RFC 9562), whose leading 48 bits are the creation time in
// milliseconds. Ids made in a row sort in time order, so a million-row import appends to the
// id index instead of scattering writes across it.
QString newLeadId();

} // namespace leadbox
