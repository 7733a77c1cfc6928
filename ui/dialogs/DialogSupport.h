#pragma once

#include "BoundedSpinBox.h"
#include "domain/TeamLog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace rd::ui {

/// Fills a combo box with the active team members (id in the user data) and
/// selects `selectedId` when given.
void fillPeople(QComboBox* combo, const TeamLog& log, const QString& selectedId);

/// Selects `value` in a combo box filled by fillEnum().
template <typename E>
void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(value)));
}

/// Fills a combo box with an enumeration's translated labels; each item's
/// user data is the value itself, never its number.
template <typename E>
void fillEnum(QComboBox* combo, E selected)
{
    combo->clear();
    for (E value : allValues<E>())
        combo->addItem(label(value), QVariant::fromValue(value));
    selectEnum(combo, selected);
}

template <typename E>
E enumValue(const QComboBox* combo)
{
    return combo->currentData().value<E>();
}

/// A one-line field holds at most MaxLineLength characters as the user types;
/// a longer value stored before is shown whole (up to Qt's 32,767), so that
/// saving it says it is too long instead of cutting it.
void limitLine(QLineEdit* field);
void setLine(QLineEdit* field, const QString& text);

/// An inline error label: hidden until there is something to say.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);
/// Gives `dialog` its preferred size, but never more than the screen it opens
/// on leaves free (a 1024×640 screen must still show the Save button).
void resizeWithinScreen(QWidget* dialog, QSize preferred);
void showError(QLabel* label, const QString& message);
/// Hides `error` as soon as the user changes any field of `dialog`: its
/// sentence spoke of what was there before. A bounded number out of range
/// (BoundedSpinBox) is named there as it is typed instead.
void hideErrorOnEdit(QLabel* error, QWidget* dialog);

/// The first of `boxes` whose value is past its bound, as one sentence that
/// names the field (its accessible name), the range and what was typed; empty
/// when every value fits.
QString boundsError(std::initializer_list<const BoundedSpinBox*> boxes);
/// The same for one box holding a fraction.
QString boundsError(const BoundedDoubleSpinBox* box);

} // namespace rd::ui
