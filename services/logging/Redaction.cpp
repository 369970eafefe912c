#include "services/logging/Redaction.h"

#include <QRegularExpression>

namespace leadbox {
namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<Rule> list{
        // "idToken": "…", refresh_token=…, "password":"…" and friends, in JSON or form bodies.
        {QRegularExpression(
             QStringLiteral(
                 "(\"?(?:id_?token|refresh_?token|access_?token|token|password|new_?password|"
                 "old_?password|api_?key|oob_?code|secret|client_?secret|server_?token)\"?\\s*[:=]\\s*)"
                 "(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s,&}\"]+)"),
             options),
         QStringLiteral("\\1\"[redacted]\"")},
        // Query parameters that carry credentials: ?key=…&oobCode=…
        {QRegularExpression(QStringLiteral("([?&](?:key|token|oobcode|apikey|auth)=)[^&\\s\"]+"), options),
         QStringLiteral("\\1[redacted]")},
        {QRegularExpression(QStringLiteral("(bearer\\s+)[^\\s\"]+"), options), QStringLiteral("\\1[token]")},
        // JSON Web Tokens, wherever they appear.
        {QRegularExpression(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")),
         QStringLiteral("[token]")},
        {QRegularExpression(QStringLiteral("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+"),
                            options),
         QStringLiteral("[email]")},
        // Long opaque strings (Firebase refresh tokens, API keys) even without a telling key.
        {QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{40,}")), QStringLiteral("[token]")},
    };
    return list;
}

} // namespace

QString redact(const QString& text)
{
    QString result = text;
    for (const Rule& rule : rules()) {
        result.replace(rule.pattern, rule.replacement);
    }
    return result;
}

} // namespace leadbox
