#include "models/leads/LeadOrderWorker.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadReadConnection.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace leadbox {
namespace {

// Linux ignores QThread's priorities for ordinary threads but gives each thread its own nice
// value, and 10 leaves the window's thread most of a busy core.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

LeadOrderWorker::LeadOrderWorker(const Database& store, Priority priority)
    : m_store(store)
{
    m_thread.reset(QThread::create([this, priority] {
        if (priority == Priority::Low) {
            lowerThisThreadsPriority();
        }
        run();
    }));
    m_thread->setObjectName(QStringLiteral("LeadOrderWorker"));
    m_thread->start(priority == Priority::Low ? QThread::LowPriority : QThread::NormalPriority);
}

LeadOrderWorker::~LeadOrderWorker()
{
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_stopping = true;
        m_tasks.clear();
        if (m_running && m_connection) {
            m_connection->interrupt();
        }
    }
    m_wake.notify_all();
    m_thread->wait();
}

void LeadOrderWorker::post(Task task)
{
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void LeadOrderWorker::interruptUnwanted()
{
    const std::lock_guard<std::mutex> lock(m_lock);
    // Under the lock the running task cannot change, and SQLite's interrupt reaches only the
    // statements running at the time, so it never stops a later task.
    if (m_running && m_connection && m_running->stillWanted && !m_running->stillWanted()) {
        m_connection->interrupt();
    }
}

void LeadOrderWorker::run()
{
    std::unique_ptr<LeadReadConnection> connection;
    bool cannotConnect = false;
    for (;;) {
        Task task;
        {
            std::unique_lock<std::mutex> lock(m_lock);
            m_running = nullptr;
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_stopping) {
                break;
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            if (task.stillWanted && !task.stillWanted()) {
                continue;
            }
            m_running = &task;
        }
        try {
            if (!connection && !cannotConnect) {
                auto opened = std::make_unique<LeadReadConnection>(m_store);
                const std::lock_guard<std::mutex> lock(m_lock);
                connection = std::move(opened);
                m_connection = connection.get();
            }
            if (!connection) {
                throw StoreError(StoreError::Kind::CannotOpen, QStringLiteral("no connection"));
            }
            task.run(*connection);
        } catch (const LeadReadConnection::Interrupted&) {
            // No longer wanted; nothing to deliver.
        } catch (const StoreError& error) {
            qCWarning(lcLeads) << "ordering leads in the background failed:" << error.message();
            if (!connection) {
                cannotConnect = true;
            }
            if (task.failed) {
                task.failed();
            }
        }
        const std::lock_guard<std::mutex> lock(m_lock);
        m_running = nullptr;
    }
    const std::lock_guard<std::mutex> lock(m_lock);
    m_connection = nullptr;
    connection.reset(); // closed under the lock, so no interrupt reaches a closed connection
}

} // namespace leadbox
