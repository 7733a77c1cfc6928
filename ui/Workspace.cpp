#include "Workspace.h"

#include "commands/Commands.h"

#include <QUndoStack>

namespace rd::ui {

Workspace::Workspace(Database& db, QObject* parent, Loading loading)
    : QObject(parent)
    , m_store(db, nullptr, loading)
    , m_prompts(m_store)
    , m_undo(new QUndoStack(this))
{
    // Undo steps name rows by id and hold their earlier content: once the
    // snapshot is replaced from outside the window's own actions, they could
    // put back what someone else changed.
    connect(&m_store, &TeamStore::reset, m_undo, &QUndoStack::clear);
    connect(&m_store, &TeamStore::changedOutside, this, &Workspace::changedOutside);
    connect(&m_store, &TeamStore::errorOccurred, this, &Workspace::errorOccurred);
    connect(&m_store, &TeamStore::loaded, this, &Workspace::loaded);
    connect(&m_store, &TeamStore::damaged, this, &Workspace::damaged);
    connect(&m_store, &TeamStore::openFailed, this, &Workspace::openFailed);
    connect(&m_prompts, &PromptService::historyChanged, this, &Workspace::promptHistoryChanged);
}

Workspace::~Workspace()
{
    delete m_undo; // its commands refer to the store
    m_undo = nullptr;
}

void Workspace::onChangeOf(QObject* context, std::initializer_list<DataKind> kinds,
                           const std::function<void()>& slot)
{
    connect(&m_store, &TeamStore::modified, context,
            [slot, wanted = QList<DataKind>(kinds)](DataKind kind) {
                if (wanted.contains(kind))
                    slot();
            });
    connect(&m_store, &TeamStore::reset, context, slot);
    connect(this, &Workspace::languageChanged, context, slot);
}

bool Workspace::run(QUndoCommand* command)
{
    // A command that fails marks itself obsolete, so the stack discards it.
    m_failed = false;
    m_undo->push(command);
    return !m_failed;
}

void Workspace::reportError(const QString& message)
{
    m_failed = true;
    emit errorOccurred(message);
}

void Workspace::dropHistoryLater()
{
    // Never inside the stack's own redo(): it still holds the step.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_undo->clear();
            emit historyDropped();
        },
        Qt::QueuedConnection);
}

void Workspace::retranslate()
{
    for (int n = 0; n < m_undo->count(); ++n) {
        // The stack hands out const commands; their texts are ours to renew.
        auto* command =
            dynamic_cast<StorageCommand*>(const_cast<QUndoCommand*>(m_undo->command(n)));
        if (command)
            command->retranslate();
    }
    m_prompts.retranslate();
    emit languageChanged();
}

} // namespace rd::ui
