#pragma once

#include "models/leads/LeadOrder.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace leadbox {

class Database;
class LeadReadConnection;

// A thread with its own read-only connection to the workspace file that builds a view's orders
// in the background: the full ranking behind a first page, a search's complete result, the tokens
// of a ranking's head. Tasks run one at a time, in the order posted.
// A task that is no longer
// wanted is skipped, or interrupted when it is running, so a later keystroke never waits for the
// work of an earlier one.
class LeadOrderWorker
{
public:
    struct Task
    {
        std::function<void(LeadReadConnection&)> run; // delivers its own result
        StillWanted stillWanted;                      // asked from both threads
        std::function<void()> failed;                 // on a StoreError, or no connection; may be empty
    };

    enum class Priority
    {
        Normal,
        Low, // behind the window's thread and other programs: work that is often stale when done
    };

    explicit LeadOrderWorker(const Database& store, Priority priority = Priority::Normal);
    // Interrupts the running task, drops the others and waits for the thread to end.
    ~LeadOrderWorker();
    LeadOrderWorker(const LeadOrderWorker&) = delete;
    LeadOrderWorker& operator=(const LeadOrderWorker&) = delete;

    void post(Task task);
    // Interrupts the running task's SQL if that task is no longer wanted. Queued ones are skipped
    // when their turn comes.
    void interruptUnwanted();

private:
    void run();

    const Database& m_store;
    std::mutex m_lock;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    const Task* m_running = nullptr;
    LeadReadConnection* m_connection = nullptr; // set while the thread holds one
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace leadbox
