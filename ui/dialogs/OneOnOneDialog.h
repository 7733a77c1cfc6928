#pragma once

#include "BoundedSpinBox.h"
#include "coaching/PrepSheet.h"
#include "domain/TeamLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace rd::ui {

/// Logs or edits a one-on-one: agenda items (who raised them, covered or not),
/// action items (who owns them, due, done), the manager's own talk share,
/// context shared, mistake discussed, the member's energy, private notes and
/// a summary that may be shared. Validation is inline; only a valid meeting is accepted.
class OneOnOneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneOnOneDialog)

public:
    OneOnOneDialog(const TeamLog& log, QWidget* parent = nullptr);
    void setMeeting(const OneOnOne& meeting);
    OneOnOne meeting() const;
    /// The open actions from earlier one-on-ones that were ticked done in this one.
    QList<OpenAction> closedOpenActions() const;
    void accept() override;
    /// Asks before discarding a meeting that has content the user entered.
    void reject() override;

    void addAgendaItem(const AgendaItem& item);
    void addActionItem(const ActionItem& item);

private:
    /// Lists the chosen person's open actions from earlier one-on-ones (for a
    /// new meeting only), each to tick off.
    void fillOpenActions();

    const TeamLog& m_log;
    OneOnOne m_meeting;
    /// What meeting() gave once the dialog was filled: anything else is the user's.
    OneOnOne m_untouched;
    QList<OpenAction> m_openActions;
    QListWidget* m_earlierActions;
    QComboBox* m_person;
    QDateEdit* m_date;
    QComboBox* m_status;
    BoundedSpinBox* m_duration;
    BoundedSpinBox* m_talkShare;
    BoundedSpinBox* m_energy;
    QCheckBox* m_contextShared;
    QCheckBox* m_mistakeDiscussed;
    QTableWidget* m_agenda;
    QTableWidget* m_actions;
    QPlainTextEdit* m_privateNotes;
    QPlainTextEdit* m_sharedSummary;
    QLabel* m_error;
};

} // namespace rd::ui
