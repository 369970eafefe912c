#pragma once

#include <QString>

namespace leadbox {

// A fresh X-Request-Id: a UUID without braces. Sent with every cloud request and logged with it.
QString newRequestId();

// Marks the log lines written on this thread while it lives with a request ID.
class RequestIdScope
{
public:
    explicit RequestIdScope(const QString& requestId);
    ~RequestIdScope();
    RequestIdScope(const RequestIdScope&) = delete;
    RequestIdScope& operator=(const RequestIdScope&) = delete;

    // The innermost scope's ID on this thread, or an empty string.
    static QString current();

private:
    QString m_previous;
};

} // namespace leadbox
