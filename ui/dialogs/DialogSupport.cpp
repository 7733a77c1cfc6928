#include "DialogSupport.h"

#include "domain/Validation.h"

#include <algorithm>
#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QWidget>

namespace rd::ui {

void fillPeople(QComboBox* combo, const TeamLog& log, const QString& selectedId)
{
    combo->clear();
    for (const Person& p : log.people) {
        if (p.archived && p.id != selectedId)
            continue;
        combo->addItem(p.name, p.id);
        if (p.id == selectedId)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

void resizeWithinScreen(QWidget* dialog, QSize preferred)
{
    const QWidget* parent = dialog->parentWidget();
    QScreen* screen =
        parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        dialog->resize(preferred);
        return;
    }
    // Room for the window frame and the desktop's panels.
    const QSize room = screen->availableGeometry().size() - QSize(24, 48);
    const QSize wanted = preferred.expandedTo(dialog->minimumSizeHint());
    dialog->resize(wanted.boundedTo(room));
}

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAccessibleName(QObject::tr("Error"));
    // A red that reads on the window: darker on a light palette, lighter on
    // a dark one (4.5:1 or better against Breeze's and Adwaita's windows).
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    label->setPalette(palette);
    label->hide();
    return label;
}

namespace {

template <typename Box>
QString outOfBounds(const Box* box)
{
    if (box->isInBounds())
        return {};
    // A special value ("not recorded") sits on the minimum; the first real value is above it.
    const auto lowest = box->specialValueText().isEmpty() ? box->lowerBound()
                                                          : box->lowerBound() + box->singleStep();
    const QLocale locale;
    return QCoreApplication::translate("rd::ui::Dialogs", "%1 must be from %2 to %3, not %4.")
        .arg(box->accessibleName(), locale.toString(lowest), locale.toString(box->upperBound()),
             box->cleanText());
}

} // namespace

QString boundsError(std::initializer_list<const BoundedSpinBox*> boxes)
{
    for (const BoundedSpinBox* box : boxes) {
        if (QString error = outOfBounds(box); !error.isEmpty())
            return error;
    }
    return {};
}

QString boundsError(const BoundedDoubleSpinBox* box)
{
    return outOfBounds(box);
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void limitLine(QLineEdit* field)
{
    field->setMaxLength(int(MaxLineLength));
}

void setLine(QLineEdit* field, const QString& text)
{
    constexpr qsizetype QtLongest = 32767;
    field->setMaxLength(int(std::clamp(text.size(), MaxLineLength, QtLongest)));
    field->setText(text);
}

void hideErrorOnEdit(QLabel* error, QWidget* dialog)
{
    const auto hide = [error] {
        error->hide();
    };
    // The signals the user's own edits send (not the ones code sends too, where a
    // field has both).
    for (auto* w : dialog->findChildren<QLineEdit*>()) {
        if (!qobject_cast<QAbstractSpinBox*>(w->parentWidget()) &&
            !qobject_cast<QComboBox*>(w->parentWidget()))
            QObject::connect(w, &QLineEdit::textEdited, error, hide);
    }
    for (auto* w : dialog->findChildren<QPlainTextEdit*>())
        QObject::connect(w, &QPlainTextEdit::textChanged, error, hide);
    for (auto* w : dialog->findChildren<QComboBox*>()) {
        QObject::connect(w, &QComboBox::activated, error, hide);
        if (w->isEditable())
            QObject::connect(w, &QComboBox::editTextChanged, error, hide);
    }
    // A number out of range is named as it is typed, and the sentence goes
    // once every number is back in range; Save still refuses it.
    const auto checkNumbers = [error, dialog] {
        QString first;
        for (const QAbstractSpinBox* w : dialog->findChildren<QAbstractSpinBox*>()) {
            if (const auto* box = dynamic_cast<const BoundedSpinBox*>(w))
                first = outOfBounds(box);
            else if (const auto* number = dynamic_cast<const BoundedDoubleSpinBox*>(w))
                first = outOfBounds(number);
            if (!first.isEmpty())
                break;
        }
        showError(error, first);
    };
    for (auto* w : dialog->findChildren<QSpinBox*>())
        QObject::connect(w, &QSpinBox::valueChanged, error, checkNumbers);
    for (auto* w : dialog->findChildren<QDoubleSpinBox*>())
        QObject::connect(w, &QDoubleSpinBox::valueChanged, error, checkNumbers);
    for (auto* w : dialog->findChildren<QDateEdit*>())
        QObject::connect(w, &QDateEdit::dateChanged, error, hide);
    for (auto* w : dialog->findChildren<QAbstractButton*>()) {
        if (w->isCheckable())
            QObject::connect(w, &QAbstractButton::clicked, error, hide);
    }
    for (auto* w : dialog->findChildren<QTableWidget*>()) {
        QObject::connect(w, &QTableWidget::cellChanged, error, hide);
        QObject::connect(w->model(), &QAbstractItemModel::rowsRemoved, error, hide);
    }
}

} // namespace rd::ui
