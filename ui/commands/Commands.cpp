#include "Commands.h"

#include "domain/Error.h"
#include "storage/Repositories.h"
#include "Workspace.h"

namespace rd::ui {

StorageCommand::StorageCommand(Workspace& workspace, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{}

void StorageCommand::redo()
{
    try {
        apply();
    } catch (const Error& error) {
        setObsolete(true);
        m_workspace.reportError(error.message());
    }
}

void StorageCommand::undo()
{
    try {
        revert();
    } catch (const Error& error) {
        setObsolete(true);
        m_workspace.reportError(error.message());
    }
}

AddPersonCommand::AddPersonCommand(Workspace& workspace, Person person)
    : StorageCommand(workspace, QObject::tr("Add %1").arg(person.name))
    , m_person(std::move(person))
{}

void AddPersonCommand::apply()
{
    // The first run generates the id; a redo after undo adds the same person again.
    m_person = PeopleRepository(m_workspace.database()).add(m_person);
}

void AddPersonCommand::revert()
{
    PeopleRepository(m_workspace.database()).remove(m_person.id);
}

EditPersonCommand::EditPersonCommand(Workspace& workspace, Person before, Person after)
    : StorageCommand(workspace, QObject::tr("Edit %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditPersonCommand::apply()
{
    PeopleRepository(m_workspace.database()).update(m_after);
}

void EditPersonCommand::revert()
{
    PeopleRepository(m_workspace.database()).update(m_before);
}

ArchivePersonCommand::ArchivePersonCommand(Workspace& workspace, const Person& person, bool archive)
    : StorageCommand(workspace, archive ? QObject::tr("Archive %1").arg(person.name)
                                        : QObject::tr("Restore %1").arg(person.name))
    , m_id(person.id)
    , m_archive(archive)
{}

void ArchivePersonCommand::apply()
{
    PeopleRepository(m_workspace.database()).setArchived(m_id, m_archive);
}

void ArchivePersonCommand::revert()
{
    PeopleRepository(m_workspace.database()).setArchived(m_id, !m_archive);
}

LogOneOnOneCommand::LogOneOnOneCommand(Workspace& workspace, OneOnOne meeting,
                                       QList<OneOnOne> closedBefore, QList<OneOnOne> closedAfter)
    : StorageCommand(workspace, QObject::tr("Log one-on-one"))
    , m_entry(std::move(meeting))
    , m_closedBefore(std::move(closedBefore))
    , m_closedAfter(std::move(closedAfter))
{}

void LogOneOnOneCommand::apply()
{
    m_entry.id = OneOnOneRepository(m_workspace.database()).add(m_entry, m_closedAfter);
}

void LogOneOnOneCommand::revert()
{
    OneOnOneRepository(m_workspace.database()).remove(m_entry.id, m_closedBefore);
}

EditOneOnOneCommand::EditOneOnOneCommand(Workspace& workspace, OneOnOne before, OneOnOne after)
    : StorageCommand(workspace, QObject::tr("Edit one-on-one"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditOneOnOneCommand::apply()
{
    OneOnOneRepository(m_workspace.database()).update(m_after);
}

void EditOneOnOneCommand::revert()
{
    OneOnOneRepository(m_workspace.database()).update(m_before);
}

LogDecisionCommand::LogDecisionCommand(Workspace& workspace, Decision decision)
    : StorageCommand(workspace, QObject::tr("Log decision"))
    , m_entry(std::move(decision))
{}

void LogDecisionCommand::apply()
{
    m_entry.id = DecisionRepository(m_workspace.database()).add(m_entry);
}

void LogDecisionCommand::revert()
{
    DecisionRepository(m_workspace.database()).remove(m_entry.id);
}

EditDecisionCommand::EditDecisionCommand(Workspace& workspace, Decision before, Decision after)
    : StorageCommand(workspace, QObject::tr("Edit decision"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditDecisionCommand::apply()
{
    DecisionRepository(m_workspace.database()).update(m_after);
}

void EditDecisionCommand::revert()
{
    DecisionRepository(m_workspace.database()).update(m_before);
}

LogInitiativeCommand::LogInitiativeCommand(Workspace& workspace, Initiative initiative)
    : StorageCommand(workspace, QObject::tr("Log initiative"))
    , m_entry(std::move(initiative))
{}

void LogInitiativeCommand::apply()
{
    m_entry.id = InitiativeRepository(m_workspace.database()).add(m_entry);
}

void LogInitiativeCommand::revert()
{
    InitiativeRepository(m_workspace.database()).remove(m_entry.id);
}

EditInitiativeCommand::EditInitiativeCommand(Workspace& workspace, Initiative before,
                                             Initiative after)
    : StorageCommand(workspace, QObject::tr("Edit initiative"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditInitiativeCommand::apply()
{
    InitiativeRepository(m_workspace.database()).update(m_after);
}

void EditInitiativeCommand::revert()
{
    InitiativeRepository(m_workspace.database()).update(m_before);
}

SetBoardCellCommand::SetBoardCellCommand(Workspace& workspace, BoardEntry entry)
    : StorageCommand(workspace,
                     QObject::tr("Set %1 to %2").arg(entry.area, levelDisplay(entry.level)))
    , m_entry(std::move(entry))
{}

void SetBoardCellCommand::apply()
{
    m_entry.id = BoardRepository(m_workspace.database()).set(m_entry);
}

void SetBoardCellCommand::revert()
{
    BoardRepository(m_workspace.database()).remove(m_entry.id);
}

SetPromptStateCommand::SetPromptStateCommand(Workspace& workspace, PromptState state,
                                             std::optional<PromptState> previous)
    : StorageCommand(workspace, QObject::tr("Mark prompt %1").arg(label(state.state).toLower()))
    , m_state(std::move(state))
    , m_previous(std::move(previous))
{}

void SetPromptStateCommand::apply()
{
    PromptStateRepository(m_workspace.database()).set(m_state);
}

void SetPromptStateCommand::revert()
{
    PromptStateRepository repository(m_workspace.database());
    if (m_previous)
        repository.set(*m_previous);
    else
        repository.clear(m_state.key);
}

} // namespace rd::ui
