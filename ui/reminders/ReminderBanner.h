#pragma once

#include "schedule/ReminderText.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace rd::ui {

/// Reminders in the window, above its pages, where the desktop has no tray
/// to show them: the first one waiting, with a button to prepare (or, for
/// the morning summary, to see today) and one to dismiss it; the next one
/// follows. Hidden while none waits.
class ReminderBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderBanner)

public:
    explicit ReminderBanner(QWidget* parent = nullptr);
    /// Puts `notice` after the ones waiting (one already waiting for the
    /// same person is replaced: the later reminder is the one that counts).
    void add(const rd::ReminderNotice& notice);
    int waiting() const { return static_cast<int>(m_waiting.size()); }
    void retranslate();

signals:
    /// The manager opened the notice: `personId`'s preparation sheet, or the
    /// home page for an empty id.
    void opened(const QString& personId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showFirst();
    void next();
    QList<ReminderNotice> m_waiting;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_open;
    QPushButton* m_dismiss;
};

} // namespace rd::ui
