#pragma once

#include "domain/TeamLog.h"

#include <optional>
#include <QUndoCommand>

namespace rd::ui {

class Workspace;

/// An undoable write. redo() and undo() go through the repositories; a write
/// that fails is reported to the workspace and the command drops itself
/// (QUndoCommand::setObsolete), so the stack never holds a step that did not happen.
class StorageCommand : public QUndoCommand
{
public:
    StorageCommand(Workspace& workspace, const QString& text);
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Workspace& m_workspace;
};

class AddPersonCommand final : public StorageCommand
{
public:
    AddPersonCommand(Workspace& workspace, Person person);
    const Person& person() const { return m_person; }

private:
    void apply() override;
    void revert() override;
    Person m_person;
};

class EditPersonCommand final : public StorageCommand
{
public:
    EditPersonCommand(Workspace& workspace, Person before, Person after);

private:
    void apply() override;
    void revert() override;
    Person m_before, m_after;
};

class ArchivePersonCommand final : public StorageCommand
{
public:
    /// Archives `person`, or with `archive` false brings an archived one back.
    ArchivePersonCommand(Workspace& workspace, const Person& person, bool archive = true);

private:
    void apply() override;
    void revert() override;
    QString m_id;
    bool m_archive;
};

class LogOneOnOneCommand final : public StorageCommand
{
public:
    /// `closedBefore` and `closedAfter`: the earlier one-on-ones whose open
    /// actions were ticked off in this one, as they were and as they become.
    LogOneOnOneCommand(Workspace& workspace, OneOnOne meeting, QList<OneOnOne> closedBefore = {},
                       QList<OneOnOne> closedAfter = {});
    qint64 entryId() const { return m_entry.id; }

private:
    void apply() override;
    void revert() override;
    OneOnOne m_entry;
    QList<OneOnOne> m_closedBefore, m_closedAfter;
};

class EditOneOnOneCommand final : public StorageCommand
{
public:
    EditOneOnOneCommand(Workspace& workspace, OneOnOne before, OneOnOne after);

private:
    void apply() override;
    void revert() override;
    OneOnOne m_before, m_after;
};

class LogDecisionCommand final : public StorageCommand
{
public:
    LogDecisionCommand(Workspace& workspace, Decision decision);
    qint64 entryId() const { return m_entry.id; }

private:
    void apply() override;
    void revert() override;
    Decision m_entry;
};

class EditDecisionCommand final : public StorageCommand
{
public:
    EditDecisionCommand(Workspace& workspace, Decision before, Decision after);

private:
    void apply() override;
    void revert() override;
    Decision m_before, m_after;
};

class LogInitiativeCommand final : public StorageCommand
{
public:
    LogInitiativeCommand(Workspace& workspace, Initiative initiative);
    qint64 entryId() const { return m_entry.id; }

private:
    void apply() override;
    void revert() override;
    Initiative m_entry;
};

class EditInitiativeCommand final : public StorageCommand
{
public:
    EditInitiativeCommand(Workspace& workspace, Initiative before, Initiative after);

private:
    void apply() override;
    void revert() override;
    Initiative m_before, m_after;
};

/// Agrees a new level for a delegation-board cell (history is kept).
class SetBoardCellCommand final : public StorageCommand
{
public:
    SetBoardCellCommand(Workspace& workspace, BoardEntry entry);

private:
    void apply() override;
    void revert() override;
    BoardEntry m_entry;
};

/// Marks a prompt done (with a reflection), snoozed or dismissed.
class SetPromptStateCommand final : public StorageCommand
{
public:
    SetPromptStateCommand(Workspace& workspace, PromptState state,
                          std::optional<PromptState> previous);

private:
    void apply() override;
    void revert() override;
    PromptState m_state;
    std::optional<PromptState> m_previous;
};

} // namespace rd::ui
