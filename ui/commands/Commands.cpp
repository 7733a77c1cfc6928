#include "Commands.h"

#include "domain/Error.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace rd::ui {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("rd::ui::StorageCommand", text);
}

/// The name of team member `personId`, or an empty string when there is none.
QString nameOf(const Workspace& workspace, const QString& personId)
{
    const Person* person = workspace.log().person(personId);
    return person ? person->name : QString();
}

/// The team member a prompt is about, or nobody for a prompt about the team.
QString promptPersonOf(const Workspace& workspace, const QString& key)
{
    for (const Prompt& p : workspace.prompts()) {
        if (p.key == key)
            return nameOf(workspace, p.personId);
    }
    return {};
}

/// The store's writes for each kind of entry, by overload.
qint64 add(TeamStore& store, const Decision& d)
{
    return store.addDecision(d);
}
qint64 add(TeamStore& store, const Initiative& i)
{
    return store.addInitiative(i);
}
void remove(TeamStore& store, const Decision& d)
{
    store.removeDecision(d.id);
}
void remove(TeamStore& store, const Initiative& i)
{
    store.removeInitiative(i.id);
}
void update(TeamStore& store, const Person& p)
{
    store.updatePerson(p);
}
void update(TeamStore& store, const OneOnOne& m)
{
    store.updateOneOnOne(m);
}
void update(TeamStore& store, const Decision& d)
{
    store.updateDecision(d);
}
void update(TeamStore& store, const Initiative& i)
{
    store.updateInitiative(i);
}

StorageCommand::Text logText(const Decision&)
{
    return [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Log decision"));
    };
}
StorageCommand::Text logText(const Initiative&)
{
    return [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Log initiative"));
    };
}
StorageCommand::Text editText(const Person& p)
{
    return [name = p.name] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Edit %1")).arg(name);
    };
}
StorageCommand::Text editText(const OneOnOne&)
{
    return [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Edit one-on-one"));
    };
}
StorageCommand::Text editText(const Decision&)
{
    return [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Edit decision"));
    };
}
StorageCommand::Text editText(const Initiative&)
{
    return [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Edit initiative"));
    };
}
} // namespace

StorageCommand::StorageCommand(Workspace& workspace, Text text)
    : QUndoCommand(text())
    , m_workspace(workspace)
    , m_text(std::move(text))
{}

void StorageCommand::redo()
{
    try {
        apply();
        m_done = true;
    } catch (const Error& error) {
        setObsolete(true);
        m_workspace.reportError(error.message());
        // The steps after this one were made on top of it: none can be redone.
        if (m_done)
            m_workspace.dropHistoryLater();
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

template <typename T>
AddEntryCommand<T>::AddEntryCommand(Workspace& workspace, T entry)
    : StorageCommand(workspace, logText(entry))
    , m_entry(std::move(entry))
{}

template <typename T>
void AddEntryCommand<T>::apply()
{
    m_entry.id = add(m_workspace.store(), m_entry);
}

template <typename T>
void AddEntryCommand<T>::revert()
{
    remove(m_workspace.store(), m_entry);
}

template class AddEntryCommand<Decision>;
template class AddEntryCommand<Initiative>;

template <typename T>
EditEntryCommand<T>::EditEntryCommand(Workspace& workspace, T before, T after)
    : StorageCommand(workspace, editText(after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

template <typename T>
void EditEntryCommand<T>::apply()
{
    update(m_workspace.store(), m_after);
}

template <typename T>
void EditEntryCommand<T>::revert()
{
    update(m_workspace.store(), m_before);
}

template class EditEntryCommand<Person>;
template class EditEntryCommand<OneOnOne>;
template class EditEntryCommand<Decision>;
template class EditEntryCommand<Initiative>;

AddPersonCommand::AddPersonCommand(Workspace& workspace, Person person)
    : StorageCommand(
          workspace,
          [name = person.name] {
              return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Add %1")).arg(name);
          })
    , m_person(std::move(person))
{}

void AddPersonCommand::apply()
{
    // The first run generates the id; a redo after undo adds the same person again.
    m_person = m_workspace.store().addPerson(m_person);
}

void AddPersonCommand::revert()
{
    m_workspace.store().removePerson(m_person.id);
}

ArchivePersonCommand::ArchivePersonCommand(Workspace& workspace, const Person& person, bool archive)
    : StorageCommand(
          workspace,
          [name = person.name, archive] {
              return archive ? translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Archive %1"))
                                   .arg(name)
                             : translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Restore %1"))
                                   .arg(name);
          })
    , m_id(person.id)
    , m_archive(archive)
{}

void ArchivePersonCommand::apply()
{
    m_workspace.store().setArchived(m_id, m_archive);
}

void ArchivePersonCommand::revert()
{
    m_workspace.store().setArchived(m_id, !m_archive);
}

LogOneOnOneCommand::LogOneOnOneCommand(Workspace& workspace, OneOnOne meeting,
                                       QList<OneOnOne> closedBefore, QList<OneOnOne> closedAfter)
    : StorageCommand(
          workspace,
          [] { return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Log one-on-one")); })
    , m_entry(std::move(meeting))
    , m_closedBefore(std::move(closedBefore))
    , m_closedAfter(std::move(closedAfter))
{}

void LogOneOnOneCommand::apply()
{
    m_entry.id = m_workspace.store().addOneOnOne(m_entry, m_closedAfter);
}

void LogOneOnOneCommand::revert()
{
    m_workspace.store().removeOneOnOne(m_entry.id, m_closedBefore);
}

ChangeActionsCommand::ChangeActionsCommand(Workspace& workspace, Change change, int count,
                                           QList<OneOnOne> before, QList<OneOnOne> after)
    : StorageCommand(workspace,
                     [change, count] {
                         return change == Change::Close
                                    ? QCoreApplication::translate("rd::ui::StorageCommand",
                                                                  "Close %n action(s)", nullptr,
                                                                  count)
                                    : QCoreApplication::translate("rd::ui::StorageCommand",
                                                                  "Move the due date of %n "
                                                                  "action(s)",
                                                                  nullptr, count);
                     })
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ChangeActionsCommand::apply()
{
    m_workspace.store().updateOneOnOnes(m_after);
}

void ChangeActionsCommand::revert()
{
    m_workspace.store().updateOneOnOnes(m_before);
}

SetBoardCellCommand::SetBoardCellCommand(Workspace& workspace, BoardEntry entry)
    : StorageCommand(
          workspace,
          [area = entry.area, level = entry.level, name = nameOf(workspace, entry.personId)] {
              return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Set %1 for %2 to %3"))
                  .arg(area, name, levelDisplay(level));
          })
    , m_entry(std::move(entry))
{}

void SetBoardCellCommand::apply()
{
    m_entry.id = m_workspace.store().agreeBoardCell(m_entry);
}

void SetBoardCellCommand::revert()
{
    m_workspace.store().removeBoardEntry(m_entry.id);
}

PrepareAgendaCommand::PrepareAgendaCommand(Workspace& workspace, std::optional<MeetingDraft> before,
                                           MeetingDraft after, std::function<void()> shown)
    : StorageCommand(workspace,
                     [name = nameOf(workspace, after.personId)] {
                         return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand",
                                                             "Change the agenda for %1"))
                             .arg(name);
                     })
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_shown(std::move(shown))
{}

void PrepareAgendaCommand::apply()
{
    write(m_after);
}

void PrepareAgendaCommand::revert()
{
    write(m_before);
}

void PrepareAgendaCommand::write(const std::optional<MeetingDraft>& draft)
{
    TeamStore& store = m_workspace.store();
    if (const std::optional<MeetingDraft> now = store.draft(m_after.personId); now && now->begun)
        throw Error(translated(QT_TRANSLATE_NOOP(
                                   "rd::ui::StorageCommand",
                                   "The one-on-one with %1 has begun: change its agenda in its "
                                   "meeting view."))
                        .arg(nameOf(m_workspace, m_after.personId)));
    if (draft)
        store.saveDraft(*draft);
    else
        store.removeDraft(m_after.personId);
    m_shown();
}

SetPromptStateCommand::SetPromptStateCommand(Workspace& workspace, PromptState state,
                                             std::optional<PromptState> previous)
    : StorageCommand(
          workspace,
          [state = state.state, name = promptPersonOf(workspace, state.key)] {
              if (name.isEmpty())
                  return translated(QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Mark signal %1"))
                      .arg(label(state).toLower());
              return translated(
                         QT_TRANSLATE_NOOP("rd::ui::StorageCommand", "Mark signal for %1 %2"))
                  .arg(name, label(state).toLower());
          })
    , m_state(std::move(state))
    , m_previous(std::move(previous))
{}

void SetPromptStateCommand::apply()
{
    m_workspace.store().setPromptState(m_state);
}

void SetPromptStateCommand::revert()
{
    if (m_previous)
        m_workspace.store().setPromptState(*m_previous);
    else
        m_workspace.store().clearPromptState(m_state.key);
}

} // namespace rd::ui
