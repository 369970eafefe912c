#pragma once

#include "models/leads/Lead.h"

#include <QList>
#include <QUndoCommand>
#include <functional>

namespace leadbox {

class LeadRepository;

// Reports a change that could not be undone or redone (say, the email was taken meanwhile).
using UndoErrorHandler = std::function<void(const QString& message)>;

// Undoable lead edits. Each is pushed after its change has been stored, so the first redo()
// (which QUndoStack::push calls) does nothing; later undo()/redo() calls write to the store.
class LeadCommand : public QUndoCommand
{
public:
    LeadCommand(LeadRepository& repository, UndoErrorHandler onError, const QString& text);
    void undo() final;
    void redo() final;

protected:
    virtual void revert() = 0;
    virtual void apply() = 0;
    LeadRepository& m_repository;

private:
    void guarded(void (LeadCommand::*step)());
    UndoErrorHandler m_onError;
    bool m_alreadyApplied = true;
};

class AddLeadCommand final : public LeadCommand
{
public:
    AddLeadCommand(LeadRepository& repository, UndoErrorHandler onError, Lead added);

private:
    void revert() override;
    void apply() override;
    Lead m_lead;
};

class EditLeadCommand final : public LeadCommand
{
public:
    EditLeadCommand(LeadRepository& repository, UndoErrorHandler onError, Lead before, Lead after);

private:
    void revert() override;
    void apply() override;
    Lead m_before;
    Lead m_after;
};

class DeleteLeadsCommand final : public LeadCommand
{
public:
    DeleteLeadsCommand(LeadRepository& repository, UndoErrorHandler onError, QList<Lead> deleted);

private:
    void revert() override;
    void apply() override;
    QList<Lead> m_leads;
};

// A change to many leads at once (status, tags): one step in the undo history.
class BulkEditCommand final : public LeadCommand
{
public:
    BulkEditCommand(LeadRepository& repository, UndoErrorHandler onError, QList<Lead> before,
                    QList<Lead> after, const QString& text);

private:
    void revert() override;
    void apply() override;
    QList<Lead> m_before;
    QList<Lead> m_after;
};

} // namespace leadbox
