#include "services/auth/IdToken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leadbox {

IdTokenClaims IdTokenClaims::decode(const QString& token)
{
    IdTokenClaims claims;
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        return claims;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return claims;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return claims;
    }
    const QJsonObject payload = document.object();
    claims.uid = payload.value(QStringLiteral("user_id")).toString();
    if (claims.uid.isEmpty()) {
        claims.uid = payload.value(QStringLiteral("sub")).toString();
    }
    claims.email = payload.value(QStringLiteral("email")).toString();
    const QJsonValue exp = payload.value(QStringLiteral("exp"));
    if (exp.isDouble()) {
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
    }
    claims.valid = !claims.uid.isEmpty() && claims.expiresAt.isValid();
    return claims;
}

} // namespace leadbox
