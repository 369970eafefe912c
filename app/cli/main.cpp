#include "app/cli/CliApplication.h"
#include "app/common/ProcessSetup.h"
#include "services/logging/Logging.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    leadbox::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    leadbox::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = leadbox::CliApplication(QCoreApplication::arguments(), out, err).run();
    out.flush();
    err.flush();
    leadbox::Logging::stop();
    return code;
}
