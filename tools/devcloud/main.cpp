// leadbox-devcloud: the loopback stand-in for LeadBox Cloud and Firebase Auth (docs/cloud-api.md).
#include "tools/devcloud/Authenticator.h"
#include "tools/devcloud/CloudApi.h"
#include "tools/devcloud/DevcloudOptions.h"
#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/FaultInjector.h"
#include "tools/devcloud/IdentityToolkit.h"
#include "tools/devcloud/Seed.h"
#include "tools/devcloud/SyncRoutes.h"
#include "tools/devcloud/SyncTestControls.h"
#include "tools/devcloud/TeamRoutes.h"
#include "tools/devcloud/TestControls.h"
#include "tools/devcloud/TokenSigner.h"

#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

using namespace leadbox::devcloud;

namespace {

const char* const kHost = "127.0.0.1";

// SIGINT and SIGTERM stop the server from a waiting thread rather than inside a signal handler.
sigset_t blockStopSignals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

} // namespace

int main(int argc, char* argv[])
{
    std::string error;
    const auto options = parseOptions(std::vector<std::string>(argv + 1, argv + argc), error);
    if (!options) {
        std::cerr << "leadbox-devcloud: " << error << "\n\n" << usage();
        return 2;
    }
    if (options->help) {
        std::cout << usage();
        return 0;
    }
    const sigset_t stopSignals = blockStopSignals();

    try {
        DevcloudStore store(options->dataFile);
        if (options->seedDemo) {
            seedDemo(store);
        }
        const TokenSigner signer(store.signingKey(), options->project, options->tokenLifetime);
        const bool emulator = !options->authEmulator.empty();
        Authenticator auth(store, signer, emulator);
        IdentityToolkit identity(store, signer);
        TestControls controls(store);
        CloudApi api(store, auth);
        TeamRoutes team(store, auth);
        FaultInjector faults;
        SyncRoutes sync(store, auth, faults);
        SyncTestControls syncControls(store);

        httplib::Server server;
        configureServer(server);
        installFallbacks(server);
        if (!emulator) {
            identity.install(server);
        }
        controls.install(server);
        api.install(server);
        team.install(server);
        sync.install(server);
        faults.install(server);
        syncControls.install(server);

        const int port = options->port == 0
                             ? server.bind_to_any_port(kHost)
                             : (server.bind_to_port(kHost, options->port) ? options->port : -1);
        if (port <= 0) {
            std::cerr << "leadbox-devcloud: cannot listen on " << kHost << ':' << options->port << '\n';
            return 1;
        }
        std::thread stopper([&server, &faults, stopSignals] {
            int signal = 0;
            sigwait(&stopSignals, &signal);
            faults.shutDown(); // stalled requests finish now rather than hold up the exit
            server.stop();
        });
        stopper.detach();
        if (emulator) {
            std::cerr << "leadbox-devcloud: trusting ID tokens from the Firebase Auth Emulator at "
                      << options->authEmulator << '\n';
        }
        std::cout << "leadbox-devcloud listening on http://" << kHost << ':' << port << std::endl;
        server.listen_after_bind();
    } catch (const std::exception& failure) {
        std::cerr << "leadbox-devcloud: " << failure.what() << '\n';
        return 1;
    }
    return 0;
}
