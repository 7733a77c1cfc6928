#pragma once

#include "domain/MeetingDraft.h"
#include "domain/TeamLog.h"

#include <functional>
#include <optional>
#include <QUndoCommand>

namespace rd::ui {

class Workspace;

/// An undoable write. redo() and undo() go through the store; a write that
/// fails is reported to the workspace and the command drops itself
/// (QUndoCommand::setObsolete), so the stack never holds a step that did not
/// happen. Its text is a function, so that it follows a language switch.
class StorageCommand : public QUndoCommand
{
public:
    using Text = std::function<QString()>;
    StorageCommand(Workspace& workspace, Text text);
    void redo() final;
    void undo() final;
    /// Sets the text again in the current language.
    void retranslate() { setText(m_text()); }

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Workspace& m_workspace;

private:
    Text m_text;
    bool m_done = false; ///< has run once: a later redo is a redo, not the first run
};

/// Adds a decision or an initiative. A redo re-adds it with the id the first
/// run got, so that later steps that name it (an edit) still find it.
template <typename T>
class AddEntryCommand final : public StorageCommand
{
public:
    AddEntryCommand(Workspace& workspace, T entry);
    qint64 entryId() const { return m_entry.id; }

private:
    void apply() override;
    void revert() override;
    T m_entry;
};

/// Replaces a person or an entry, keeping its id; undo puts `before` back.
template <typename T>
class EditEntryCommand final : public StorageCommand
{
public:
    EditEntryCommand(Workspace& workspace, T before, T after);

private:
    void apply() override;
    void revert() override;
    T m_before, m_after;
};

using LogDecisionCommand = AddEntryCommand<Decision>;
using LogInitiativeCommand = AddEntryCommand<Initiative>;
using EditPersonCommand = EditEntryCommand<Person>;
using EditOneOnOneCommand = EditEntryCommand<OneOnOne>;
using EditDecisionCommand = EditEntryCommand<Decision>;
using EditInitiativeCommand = EditEntryCommand<Initiative>;

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

/// Closes or moves actions across one-on-ones in one step: `after` is each
/// meeting that changed, `before` the same meetings as they were.
class ChangeActionsCommand final : public StorageCommand
{
public:
    enum class Change
    {
        Close,
        Move
    };
    ChangeActionsCommand(Workspace& workspace, Change change, int count, QList<OneOnOne> before,
                         QList<OneOnOne> after);

private:
    void apply() override;
    void revert() override;
    QList<OneOnOne> m_before, m_after;
};

/// Changes the agenda prepared for someone's next one-on-one on the
/// Prepare page: a topic added, dropped or put back. Drafts are kept outside
/// the logs and send no change signal, so `shown` redraws the sheet after
/// each step. Once a meeting with them has begun, its view owns the agenda:
/// neither an undo nor a redo overwrites what is being typed there.
class PrepareAgendaCommand final : public StorageCommand
{
public:
    PrepareAgendaCommand(Workspace& workspace, std::optional<MeetingDraft> before,
                         MeetingDraft after, std::function<void()> shown);

private:
    void apply() override;
    void revert() override;
    void write(const std::optional<MeetingDraft>& draft);
    std::optional<MeetingDraft> m_before;
    MeetingDraft m_after;
    std::function<void()> m_shown;
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
