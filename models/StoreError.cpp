#include "models/StoreError.h"

namespace leadbox {

StoreError::StoreError(Kind kind, QString message, QString filePath)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_filePath(std::move(filePath))
    , m_utf8(m_message.toUtf8())
{
}

StoreError& StoreError::withField(LeadField field)
{
    m_field = field;
    return *this;
}

} // namespace leadbox
