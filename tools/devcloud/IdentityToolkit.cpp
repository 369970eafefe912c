#include "tools/devcloud/IdentityToolkit.h"

#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/TokenSigner.h"

namespace leadbox::devcloud {

namespace {

const std::string kToolkit = "/identitytoolkit.googleapis.com/v1/accounts:";
const char* const kWeakPassword = "WEAK_PASSWORD : Password should be at least 6 characters";
constexpr std::size_t kMinPasswordLength = 6;
constexpr int kMaxFailures = 5;
constexpr std::int64_t kFailureWindowMs = 60 * 1000;

} // namespace

bool plausibleEmail(const std::string& email)
{
    const auto at = email.find('@');
    if (email.size() > 254 || at == std::string::npos || at == 0 ||
        email.find('@', at + 1) != std::string::npos) {
        return false;
    }
    const auto dot = email.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < email.size() &&
           email.find_first_of(" \t\r\n") == std::string::npos;
}

IdentityToolkit::IdentityToolkit(DevcloudStore& store, const TokenSigner& signer)
    : m_store(store)
    , m_signer(signer)
{
}

void IdentityToolkit::install(httplib::Server& server)
{
    const auto bind = [this](void (IdentityToolkit::*method)(Exchange&)) {
        return guarded(m_store, [this, method](Exchange& ex) { (this->*method)(ex); });
    };
    server.Post(kToolkit + "signUp", bind(&IdentityToolkit::signUp));
    server.Post(kToolkit + "signInWithPassword", bind(&IdentityToolkit::signIn));
    server.Post(kToolkit + "lookup", bind(&IdentityToolkit::lookup));
    server.Post(kToolkit + "sendOobCode", bind(&IdentityToolkit::sendOobCode));
    server.Post(kToolkit + "resetPassword", bind(&IdentityToolkit::resetPassword));
    server.Post("/securetoken.googleapis.com/v1/token", bind(&IdentityToolkit::refresh));
}

void IdentityToolkit::signUp(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendFirebaseError(ex, "INVALID_JSON_PAYLOAD");
    }
    const std::string email = emailKey(stringField(*body, "email"));
    const std::string password = stringField(*body, "password");
    if (!plausibleEmail(email)) {
        return sendFirebaseError(ex, "INVALID_EMAIL");
    }
    if (password.empty()) {
        return sendFirebaseError(ex, "MISSING_PASSWORD");
    }
    if (password.size() < kMinPasswordLength) {
        return sendFirebaseError(ex, kWeakPassword);
    }
    auto& accounts = m_store.accounts();
    if (accounts.findByEmail(email)) {
        return sendFirebaseError(ex, "EMAIL_EXISTS");
    }
    const UserRecord user = accounts.create(email, password, stringField(*body, "displayName"));
    sendJson(ex, 200,
             {{"kind", "identitytoolkit#SignupNewUserResponse"},
              {"idToken", m_signer.issue(user)},
              {"refreshToken", accounts.issueRefreshToken(user.uid)},
              {"expiresIn", std::to_string(m_signer.lifetimeSeconds())},
              {"localId", user.uid},
              {"email", user.email}});
}

void IdentityToolkit::signIn(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendFirebaseError(ex, "INVALID_JSON_PAYLOAD");
    }
    const std::string email = emailKey(stringField(*body, "email"));
    const std::string password = stringField(*body, "password");
    if (!plausibleEmail(email)) {
        return sendFirebaseError(ex, "INVALID_EMAIL");
    }
    if (password.empty()) {
        return sendFirebaseError(ex, "MISSING_PASSWORD");
    }
    if (lockedOut(email)) {
        return sendFirebaseError(ex, "TOO_MANY_ATTEMPTS_TRY_LATER");
    }
    auto& accounts = m_store.accounts();
    const auto user = accounts.findByEmail(email);
    // Email privacy: an unknown email and a wrong password are the same answer.
    if (!user || !accounts.checkPassword(user->uid, password)) {
        recordFailure(email);
        return sendFirebaseError(ex, "INVALID_LOGIN_CREDENTIALS");
    }
    if (user->disabled) {
        return sendFirebaseError(ex, "USER_DISABLED");
    }
    m_failures.erase(email);
    sendJson(ex, 200,
             {{"kind", "identitytoolkit#VerifyPasswordResponse"},
              {"idToken", m_signer.issue(*user)},
              {"refreshToken", accounts.issueRefreshToken(user->uid)},
              {"expiresIn", std::to_string(m_signer.lifetimeSeconds())},
              {"localId", user->uid},
              {"email", user->email},
              {"registered", true},
              {"displayName", user->displayName}});
}

void IdentityToolkit::lookup(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendFirebaseError(ex, "INVALID_JSON_PAYLOAD");
    }
    const VerifiedToken token = m_signer.verify(stringField(*body, "idToken"));
    if (token.status == TokenStatus::Invalid) {
        return sendFirebaseError(ex, "INVALID_ID_TOKEN");
    }
    const auto user = m_store.accounts().findByUid(token.claims.uid);
    if (!user) {
        return sendFirebaseError(ex, "USER_NOT_FOUND");
    }
    if (token.status == TokenStatus::Expired || token.claims.generation < user->tokenGeneration) {
        return sendFirebaseError(ex, "TOKEN_EXPIRED");
    }
    sendJson(ex, 200,
             {{"kind", "identitytoolkit#GetAccountInfoResponse"},
              {"users", nlohmann::json::array({{{"localId", user->uid},
                                                {"email", user->email},
                                                {"emailVerified", false},
                                                {"disabled", user->disabled},
                                                {"displayName", user->displayName}}})}});
}

void IdentityToolkit::sendOobCode(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendFirebaseError(ex, "INVALID_JSON_PAYLOAD");
    }
    if (stringField(*body, "requestType") != "PASSWORD_RESET") {
        return sendFirebaseError(ex, "INVALID_REQ_TYPE");
    }
    const std::string email = emailKey(stringField(*body, "email"));
    if (!plausibleEmail(email)) {
        return sendFirebaseError(ex, "INVALID_EMAIL");
    }
    // Email privacy: an unknown address gets the same answer, and no code.
    if (m_store.accounts().findByEmail(email)) {
        m_store.accounts().createOobCode(email, "PASSWORD_RESET");
    }
    sendJson(ex, 200, {{"kind", "identitytoolkit#GetOobConfirmationCodeResponse"}, {"email", email}});
}

void IdentityToolkit::resetPassword(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendFirebaseError(ex, "INVALID_JSON_PAYLOAD");
    }
    auto& accounts = m_store.accounts();
    const auto code = accounts.findOobCode(stringField(*body, "oobCode"));
    if (!code || code->used || code->requestType != "PASSWORD_RESET") {
        return sendFirebaseError(ex, "INVALID_OOB_CODE");
    }
    const auto user = accounts.findByEmail(code->email);
    if (!user) {
        return sendFirebaseError(ex, "INVALID_OOB_CODE");
    }
    const nlohmann::json reply = {{"kind", "identitytoolkit#ResetPasswordResponse"},
                                  {"email", user->email},
                                  {"requestType", "PASSWORD_RESET"}};
    // Without newPassword the call only checks the code, as Firebase's does.
    if (!body->contains("newPassword")) {
        return sendJson(ex, 200, reply);
    }
    const std::string password = stringField(*body, "newPassword");
    if (password.size() < kMinPasswordLength) {
        return sendFirebaseError(ex, kWeakPassword);
    }
    SqlTransaction transaction(m_store.db());
    accounts.setPassword(user->uid, password);
    accounts.markOobCodeUsed(code->code);
    accounts.expireRefreshTokens(user->uid);
    transaction.commit();
    m_failures.erase(user->email);
    sendJson(ex, 200, reply);
}

void IdentityToolkit::refresh(Exchange& ex)
{
    // Firebase's SDKs post a form; accept JSON too.
    std::string grantType = ex.req.get_param_value("grant_type");
    std::string refreshToken = ex.req.get_param_value("refresh_token");
    if (const auto body = jsonBody(ex)) {
        grantType = stringField(*body, "grant_type");
        refreshToken = stringField(*body, "refresh_token");
    }
    if (grantType != "refresh_token") {
        return sendFirebaseError(ex, "INVALID_GRANT_TYPE");
    }
    if (refreshToken.empty()) {
        return sendFirebaseError(ex, "MISSING_REFRESH_TOKEN");
    }
    auto& accounts = m_store.accounts();
    const auto record = accounts.findRefreshToken(refreshToken);
    if (!record) {
        return sendFirebaseError(ex, "INVALID_REFRESH_TOKEN");
    }
    if (record->expired) {
        return sendFirebaseError(ex, "TOKEN_EXPIRED");
    }
    const auto user = accounts.findByUid(record->uid);
    if (!user) {
        return sendFirebaseError(ex, "USER_NOT_FOUND");
    }
    if (user->disabled) {
        return sendFirebaseError(ex, "USER_DISABLED");
    }
    const std::string idToken = m_signer.issue(*user);
    sendJson(ex, 200,
             {{"access_token", idToken},
              {"id_token", idToken},
              {"refresh_token", refreshToken},
              {"expires_in", std::to_string(m_signer.lifetimeSeconds())},
              {"token_type", "Bearer"},
              {"user_id", user->uid},
              {"project_id", m_signer.project()}});
}

bool IdentityToolkit::lockedOut(const std::string& key)
{
    const auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        return false;
    }
    const std::int64_t cutoff = nowMs() - kFailureWindowMs;
    while (!it->second.empty() && it->second.front() < cutoff) {
        it->second.pop_front();
    }
    return it->second.size() >= static_cast<std::size_t>(kMaxFailures);
}

void IdentityToolkit::recordFailure(const std::string& key)
{
    m_failures[key].push_back(nowMs());
}

} // namespace leadbox::devcloud
