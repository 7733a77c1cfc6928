#pragma once

#include "BoundedSpinBox.h"
#include "domain/TeamLog.h"

#include <QComboBox>
#include <QLabel>

namespace rd::ui {

/// Fills a combo box with the active team members (id in the user data) and
/// selects `selectedId` when given.
void fillPeople(QComboBox* combo, const TeamLog& log, const QString& selectedId);

/// Fills a combo box with an enumeration's translated labels (value in the user data).
template <typename E>
void fillEnum(QComboBox* combo, E selected)
{
    combo->clear();
    for (E value : allValues<E>()) {
        combo->addItem(label(value), QVariant::fromValue(int(value)));
        if (value == selected)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

template <typename E>
E enumValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

/// An inline error label: hidden until there is something to say.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);
/// Gives `dialog` its preferred size, but never more than the screen it opens
/// on leaves free (a 1024×640 screen must still show the Save button).
void resizeWithinScreen(QWidget* dialog, QSize preferred);
void showError(QLabel* label, const QString& message);

/// The first of `boxes` whose value is past its bound, as one sentence that
/// names the field (its accessible name), the range and what was typed; empty
/// when every value fits.
QString boundsError(std::initializer_list<const BoundedSpinBox*> boxes);
/// The same for one box holding a fraction.
QString boundsError(const BoundedDoubleSpinBox* box);

} // namespace rd::ui
