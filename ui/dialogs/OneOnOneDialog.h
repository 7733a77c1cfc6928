#pragma once

#include "BoundedSpinBox.h"
#include "domain/TeamLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
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
    void accept() override;

    void addAgendaItem(const AgendaItem& item);
    void addActionItem(const ActionItem& item);

private:
    OneOnOne m_meeting;
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
