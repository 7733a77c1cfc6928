#pragma once

#include <QDateEdit>

namespace rd::ui {

/// A date field with its calendar that also takes a date relative to today:
/// a letter, "+" or "-" starts it ("t", "vandaag", "+1w", "-3d", "+2m"), a
/// tooltip shows what it means as it is typed, and Enter, Tab or leaving the
/// field sets it (relativeDate()). That Enter only sets the date, so the
/// field shows it before a second Enter presses a dialog's default button.
/// Escape drops it; what is not understood changes nothing and says so.
/// Digits go to the day, month and year as in any date field.
class DateField : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QDate date, QWidget* parent = nullptr);
    explicit DateField(QWidget* parent = nullptr);
    /// The day "today" and relative entries count from (the system date by default).
    void setToday(QDate today) { m_today = today; }
    /// What is being typed relative to today, if anything.
    QString typedRelative() const { return m_typed; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showTyped();
    /// Sets the typed date; false (and a word why) when it is not understood.
    bool applyTyped();

    void endTyping();

    QString m_typed;
    QString m_restingTip; ///< the tooltip before typing began
    QDate m_today;
};

} // namespace rd::ui
