#pragma once

// Helpers for driving real widgets offscreen.
#include <catch2/catch.hpp>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

namespace rd::test {

/// Runs `fill` on the next modal dialog of type T as soon as it opens. `fill`
/// runs inside the dialog's event loop: it uses CHECK, never REQUIRE, and
/// collects what the test asserts after the loop has returned.
template <typename T, typename Fill>
void onNextDialog(Fill&& fill)
{
    // No REQUIRE here: an exception must never unwind through Qt's event loop.
    QTimer::singleShot(0, [fill = std::forward<Fill>(fill)]() {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            fill(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
}

/// Clicks Save (or OK). Called inside a modal dialog's loop, so it checks
/// rather than requires: a missing button closes the dialog and fails the test.
inline void clickSave(QDialog* dialog, const QString& buttons)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(buttons);
    CHECK(box);
    if (!box) {
        dialog->reject();
        return;
    }
    QPushButton* save = box->button(QDialogButtonBox::Save) ? box->button(QDialogButtonBox::Save)
                                                            : box->button(QDialogButtonBox::Ok);
    save->click();
}

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

} // namespace rd::test
