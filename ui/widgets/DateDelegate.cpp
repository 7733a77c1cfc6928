#include "DateDelegate.h"

#include "DateField.h"
#include "i18n/LocalDate.h"

#include <QDateEdit>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

/// The earliest date the editor offers; for an optional date it stands for
/// "no date" and reads as such.
const QDate NoDate(1900, 1, 1);

/// A date with its calendar; for an optional date, Delete clears it.
class DateCellEditor final : public DateField
{
public:
    DateCellEditor(bool optional, QWidget* parent)
        : DateField(parent)
        , m_optional(optional)
    {
        setObjectName(u"dateCellEditor"_s);
        setCalendarPopup(true);
        setDisplayFormat(localDateFormat());
        setMinimumDate(NoDate);
        if (optional) {
            setSpecialValueText(DateDelegate::tr("No date"));
            setToolTip(DateDelegate::tr("Delete leaves the date empty."));
        }
    }

    /// An empty cell opens on today (the calendar would otherwise open in
    /// 1900); Delete empties it again.
    void setCellDate(QDate date) { setDate(date.isValid() ? date : QDate::currentDate()); }
    QDate cellDate() const { return m_optional && date() == NoDate ? QDate() : date(); }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (m_optional && event->key() == Qt::Key_Delete) {
            setDate(NoDate);
            return;
        }
        // From "no date", the first step up or down starts at today.
        if (m_optional && date() == NoDate &&
            (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            setDate(QDate::currentDate());
            return;
        }
        DateField::keyPressEvent(event);
    }

private:
    bool m_optional;
};

} // namespace

DateDelegate::DateDelegate(Optional optional, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_optional(optional)
{}

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex&) const
{
    return new DateCellEditor(m_optional == Optional::Yes, parent);
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<DateCellEditor*>(editor)->setCellDate(index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    const QDate date = static_cast<DateCellEditor*>(editor)->cellDate();
    if (!date.isValid() && m_optional == Optional::No)
        return;
    model->setData(index, date.isValid() ? QVariant(date) : QVariant(), Qt::EditRole);
}

void DateDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex&) const
{
    QRect area = option.rect;
    const int wanted = editor->sizeHint().width();
    if (area.width() < wanted) {
        // Grow to the left when there is no room to the right of the cell.
        const QWidget* viewport = editor->parentWidget();
        if (viewport && area.left() + wanted > viewport->width())
            area.setLeft(std::max(0, area.right() - wanted));
        else
            area.setWidth(wanted);
    }
    editor->setGeometry(area);
}

QString DateDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.userType() == QMetaType::QDate)
        return localDate(value.toDate());
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace rd::ui
