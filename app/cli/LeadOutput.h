#pragma once

#include "models/leads/Lead.h"

#include <QList>
#include <QTextStream>

namespace leadbox {

// How leadbox-cli prints leads: an aligned table, a "Field: value" card, or JSON.
void printLeadTable(QTextStream& out, const QList<Lead>& leads);
void printLeadCard(QTextStream& out, const Lead& lead);
void printLeadJson(QTextStream& out, const Lead& lead);
void printLeadsJson(QTextStream& out, const QList<Lead>& leads);

} // namespace leadbox
