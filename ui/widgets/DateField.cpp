#include "DateField.h"

#include "i18n/LocalDate.h"
#include "i18n/RelativeDate.h"

#include <QKeyEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace rd::ui {

DateField::DateField(QDate date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(localDateFormat());
}

DateField::DateField(QWidget* parent)
    : DateField(QDate::currentDate(), parent)
{}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool starts = m_typed.isEmpty() && text.size() == 1 &&
                        (text.front().isLetter() || text == u"+"_s || text == u"-"_s) &&
                        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (starts) {
        m_restingTip = toolTip();
        m_typed = text;
        showTyped();
        return;
    }
    if (!m_typed.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Escape:
            endTyping();
            return;
        case Qt::Key_Backspace:
            m_typed.chop(1);
            if (m_typed.isEmpty())
                endTyping();
            else
                showTyped();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Set, or not understood and saying why: either way this Enter
            // only ends the typing, and does not also press the dialog's
            // default button with a date its user has not seen yet.
            applyTyped();
            return;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (!applyTyped())
                return; // stays, with the word why
            break;      // set: Tab moves on as it always does
        default:
            if (!text.isEmpty() && text.front().isPrint() &&
                !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                m_typed += text;
                showTyped();
                return;
            }
        }
    }
    QDateEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    if (!m_typed.isEmpty() && !applyTyped())
        endTyping(); // leaving drops what was not understood; the date stays
    QDateEdit::focusOutEvent(event);
}

void DateField::showTyped()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const std::optional<QDate> meant = relativeDate(m_typed, today);
    const QString tip = meant ? tr("%1 → %2").arg(m_typed, localDate(*meant))
                              : tr("%1 … (for example t, +3d, +1w, +2m)").arg(m_typed);
    setToolTip(tip);
    QToolTip::showText(mapToGlobal(rect().bottomLeft()), tip, this);
}

bool DateField::applyTyped()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const std::optional<QDate> meant = relativeDate(m_typed, today);
    if (!meant || *meant < minimumDate() || *meant > maximumDate()) {
        const QString why =
            tr("“%1” is not a date: type t for today, or +3d, +1w, +2m.").arg(m_typed);
        setToolTip(why);
        QToolTip::showText(mapToGlobal(rect().bottomLeft()), why, this);
        return false;
    }
    endTyping();
    setDate(*meant);
    return true;
}

void DateField::endTyping()
{
    m_typed.clear();
    setToolTip(m_restingTip);
    QToolTip::hideText();
}

} // namespace rd::ui
