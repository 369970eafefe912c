#include "services/LogCategories.h"

Q_LOGGING_CATEGORY(lcHttp, "leadbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "leadbox.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "leadbox.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "leadbox.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "leadbox.sync", QtInfoMsg)
