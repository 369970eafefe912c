#pragma once

#include <QDateTime>
#include <QString>

namespace leadbox {

// The few claims the client reads from a Firebase ID token. The signature is not checked here: the
// cloud checks it; the client only needs to know whose token it is and when it expires.
struct IdTokenClaims
{
    QString uid; // "user_id", or "sub"
    QString email;
    QDateTime expiresAt; // from "exp", UTC
    bool valid = false;

    // Decodes the payload (the second base64url part) of a JWT. `valid` is false when it is not one.
    static IdTokenClaims decode(const QString& token);
};

} // namespace leadbox
