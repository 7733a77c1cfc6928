#pragma once

#include "schedule/CalendarImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd::ui {

/// The preview of a calendar file's import: one row per event (a recurring
/// series is one row), with the team member it was matched to. The manager
/// confirms, assigns an unmatched event to someone, or leaves one out; only
/// then is anything planned.
class CalendarImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarImportDialog)

public:
    CalendarImportDialog(const QList<CalendarMeeting>& meetings, const TeamLog& log, QDate today,
                         QWidget* parent = nullptr);
    /// The plans to add or change, as the rows now say.
    QList<PlannedOneOnOne> plans() const;

private:
    QList<ImportRow> preview() const;
    void update();

    QList<CalendarMeeting> m_meetings;
    const TeamLog& m_log;
    QDate m_today;
    QStringList m_uids; ///< the event of each row, in the order shown
    QTreeWidget* m_events;
    QLabel* m_summary;
    QPushButton* m_plan;
};

} // namespace rd::ui
