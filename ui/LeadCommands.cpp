#include "ui/LeadCommands.h"

#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"

#include <QCoreApplication>

namespace leadbox {

LeadCommand::LeadCommand(LeadRepository& repository, UndoErrorHandler onError, const QString& text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_onError(std::move(onError))
{
}

void LeadCommand::undo()
{
    guarded(&LeadCommand::revert);
}

void LeadCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    guarded(&LeadCommand::apply);
}

void LeadCommand::guarded(void (LeadCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const StoreError& error) {
        // The store refused; it is unchanged. Drop this step from history rather than lie about it.
        setObsolete(true);
        if (m_onError) {
            m_onError(error.message());
        }
    }
}

AddLeadCommand::AddLeadCommand(LeadRepository& repository, UndoErrorHandler onError, Lead added)
    : LeadCommand(repository, std::move(onError),
                  QCoreApplication::translate("LeadCommands", "Add lead %1").arg(added.displayName()))
    , m_lead(std::move(added))
{
}

void AddLeadCommand::revert()
{
    m_repository.remove({m_lead.id});
}

void AddLeadCommand::apply()
{
    m_repository.restore({m_lead});
}

EditLeadCommand::EditLeadCommand(LeadRepository& repository, UndoErrorHandler onError, Lead before,
                                 Lead after)
    : LeadCommand(repository, std::move(onError),
                  QCoreApplication::translate("LeadCommands", "Edit lead %1").arg(after.displayName()))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditLeadCommand::revert()
{
    m_repository.update(m_before);
}

void EditLeadCommand::apply()
{
    m_repository.update(m_after);
}

DeleteLeadsCommand::DeleteLeadsCommand(LeadRepository& repository, UndoErrorHandler onError,
                                       QList<Lead> deleted)
    // int(...), not static_cast<int>(...): lupdate 6.4 drops a translate() call whose count
    // argument contains angle brackets, and the string would never reach the .ts files.
    : LeadCommand(
          repository, std::move(onError),
          QCoreApplication::translate("LeadCommands", "Delete %n lead(s)", nullptr, int(deleted.size())))
    , m_leads(std::move(deleted))
{
}

void DeleteLeadsCommand::revert()
{
    m_repository.restore(m_leads);
}

void DeleteLeadsCommand::apply()
{
    QStringList ids;
    for (const Lead& lead : m_leads) {
        ids.append(lead.id);
    }
    m_repository.remove(ids);
}

BulkEditCommand::BulkEditCommand(LeadRepository& repository, UndoErrorHandler onError, QList<Lead> before,
                                 QList<Lead> after, const QString& text)
    : LeadCommand(repository, std::move(onError), text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void BulkEditCommand::revert()
{
    m_repository.updateMany(m_before);
}

void BulkEditCommand::apply()
{
    m_repository.updateMany(m_after);
}

} // namespace leadbox
