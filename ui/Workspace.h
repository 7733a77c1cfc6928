#pragma once

#include "store/PromptService.h"
#include "store/TeamStore.h"

#include <functional>
#include <initializer_list>
#include <QObject>

class QUndoStack;
class QUndoCommand;

namespace rd::ui {

/// The window's hold on the open file: the store (core), the prompt service
/// (core) and the undo stack of the user's actions, which the store's data
/// cannot outlive: a bulk write (import, restore) or another process's write
/// replaces the snapshot, and the stack is cleared with it.
///
/// The accessors below forward to the store and the service, for the pages
/// that only read; item models connect to the store's typed signals.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    using Loading = TeamStore::Loading;
    explicit Workspace(Database& db, QObject* parent = nullptr, Loading loading = Loading::Now);
    ~Workspace() override;

    TeamStore& store() { return m_store; }
    const TeamStore& store() const { return m_store; }
    PromptService& promptService() { return m_prompts; }
    QUndoStack* undoStack() const { return m_undo; }

    Database& database() const { return m_store.database(); }
    bool isReadOnly() const { return m_store.isReadOnly(); }
    bool canWrite() const { return m_store.canWrite(); }
    bool canLog() const { return m_store.canLog(); }
    const TeamLog& log() const { return m_store.log(); }
    QDate firstMonth() const { return m_store.firstMonth(); }
    const Thresholds& thresholds() const { return m_store.thresholds(); }
    const QList<Prompt>& prompts() const { return m_prompts.prompts(); }
    int promptCount(const QString& personId) const { return m_prompts.promptCount(personId); }
    QDate today() const { return m_prompts.today(); }
    void setToday(QDate today) { m_prompts.setToday(today); }
    void startLoading() { m_store.startLoading(); }
    bool isLoading() const { return m_store.isLoading(); }
    void reload() { m_store.reload(); }
    const QList<RaisedPrompt>& promptHistory() const { return m_prompts.history(); }
    bool isPromptHistoryCurrent() const { return m_prompts.isHistoryCurrent(); }
    void requestPromptHistory() { m_prompts.requestHistory(); }

    /// Runs a user action: `command->redo()` writes through the store. When it
    /// fails, the error is reported and nothing lands on the undo stack.
    bool run(QUndoCommand* command);
    /// Called by a command whose write failed: the command drops itself.
    void reportError(const QString& message);
    /// Clears the undo history once the current step has returned (a redo
    /// that failed leaves the steps after it nothing to stand on).
    void dropHistoryLater();

    /// Calls `slot` (with `context` alive) after every write of one of
    /// `kinds`, after the snapshot is replaced and after a language change:
    /// for views that redraw as a whole rather than row by row.
    void onChangeOf(QObject* context, std::initializer_list<DataKind> kinds,
                    const std::function<void()>& slot);

    /// After a language change: the prompts and the undo texts in the new
    /// language, and languageChanged() for the models' labels.
    void retranslate();

signals:
    /// The language changed: translated labels are stale.
    void languageChanged();
    /// Another process wrote to the file; the snapshot was read again and the
    /// undo stack cleared (its steps named rows that may have changed).
    void changedOutside();
    /// A write failed; `message` is one sentence for the user.
    void errorOccurred(const QString& message);
    /// A step that failed to redo took the undo history with it (dropHistoryLater()).
    void historyDropped();
    /// The store's and the service's, for the window: see TeamStore and PromptService.
    void loaded();
    void damaged(const QString& message);
    void openFailed(const QString& message, bool damaged);
    void promptHistoryChanged();

private:
    TeamStore m_store;
    PromptService m_prompts;
    QUndoStack* m_undo;
    bool m_failed = false;
};

} // namespace rd::ui
