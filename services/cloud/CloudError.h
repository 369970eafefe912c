#pragma once

#include <QCoreApplication>
#include <QString>

namespace leadbox {

struct HttpResult;

// A refusal or failure from the cloud API, from its envelope {"error":{"code","message","requestId"}}
// or from the transport ("offline", "timeout", "tls", "bad_response", "not_signed_in").
struct CloudError
{
    Q_DECLARE_TR_FUNCTIONS(CloudError)

public:
    QString code; // empty: no error
    QString message;
    QString requestId;
    int httpStatus = 0;

    bool isError() const { return !code.isEmpty(); }
    // What a person reads: "message (request ID …)".
    QString text() const;

    // Reads the envelope of a failed exchange, or describes a transport failure. No error when ok.
    static CloudError fromHttp(const HttpResult& http);
    static CloudError notSignedIn();
    static CloudError badResponse(const HttpResult& http);
};

} // namespace leadbox
