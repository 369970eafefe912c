#include "services/logging/RequestId.h"

#include <QUuid>

namespace leadbox {
namespace {
thread_local QString t_currentRequestId;
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RequestIdScope::RequestIdScope(const QString& requestId)
    : m_previous(t_currentRequestId)
{
    t_currentRequestId = requestId;
}

RequestIdScope::~RequestIdScope()
{
    t_currentRequestId = m_previous;
}

QString RequestIdScope::current()
{
    return t_currentRequestId;
}

} // namespace leadbox
