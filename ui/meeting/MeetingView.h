#pragma once

#include "coaching/Actions.h"
#include "domain/MeetingDraft.h"

#include <QDialog>
#include <QElapsedTimer>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rd::ui {

class Workspace;

/// The one-on-one as it is held: the agenda as a checklist (the team
/// member's items first), earlier actions to tick, notes typed freely (a
/// line starting with "[ ]" or "todo:" becomes an action, with its owner and
/// due date), talk share, energy and the two checks, and the private notes
/// beside the summary that may be shared.
///
/// Everything is saved as a draft while it is typed (debounced, its own
/// transaction), so a crash or a kill -9 loses at most the last moment.
/// Escape or closing keeps the draft; only Discard, confirmed, drops it.
/// End meeting logs the 1:1, closes the ticked actions and removes the draft.
class MeetingView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingView)

public:
    /// How long typing may pause before the draft is saved.
    static constexpr int SaveDelayMs = 600;
    /// However long the typing goes on, a change is saved within this.
    static constexpr int MaxSaveDelayMs = 3000;

    MeetingView(Workspace& workspace, MeetingDraft draft, QWidget* parent = nullptr);
    ~MeetingView() override;

    /// What the view holds now, as it would be saved.
    MeetingDraft draft() const;
    QString personId() const { return m_personId; }
    /// Saves the draft now (the timer's work); false, with the reason shown, when it fails.
    bool saveDraft();

signals:
    void draftSaved();
    /// The meeting was logged (its id).
    void ended(qint64 meetingId);

public slots:
    /// Logs the one-on-one, closes the ticked actions, removes the draft.
    void endMeeting();
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void fill(const MeetingDraft& draft);
    /// The earlier open actions, `ticked` ticked.
    void fillEarlier(const QList<TickedAction>& ticked);
    /// The earlier open actions as the logs have them now.
    void followEarlier();
    void changed();
    void addTopic();
    void refreshActions();
    QDate defaultDue() const;
    void discard();

    Workspace& m_workspace;
    QString m_personId;
    QDate m_date;
    QList<OpenAction> m_earlier;
    QStringList m_actionTexts; ///< the notes' action lines the table shows
    bool m_filling = false;
    bool m_finished = false;

    QLabel* m_title;
    QLabel* m_status;
    QListWidget* m_agenda;
    QLineEdit* m_topic;
    QListWidget* m_earlierList;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_summary;
    QTableWidget* m_actions;
    QButtonGroup* m_talk;
    QButtonGroup* m_energy;
    QCheckBox* m_context;
    QCheckBox* m_mistake;
    QPushButton* m_end;
    QPushButton* m_keep;
    QPushButton* m_discard;
    QTimer* m_saveTimer;
    QTimer* m_actionsTimer;       ///< the action table follows the notes after a pause
    QElapsedTimer m_pendingSince; ///< since the first change not yet saved
};

} // namespace rd::ui
