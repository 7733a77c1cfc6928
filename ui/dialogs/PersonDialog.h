#pragma once

#include "BoundedSpinBox.h"
#include "domain/Person.h"

#include <QDialog>

class QLineEdit;
class QDateEdit;
class QLabel;

namespace rd::ui {

/// Adds or edits a team member. Validation is inline: the dialog only accepts
/// a valid person.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    explicit PersonDialog(QWidget* parent = nullptr);
    void setPerson(const Person& person);
    Person person() const;

    void accept() override;

private:
    Person m_person;
    QLineEdit* m_name;
    QLineEdit* m_role;
    BoundedSpinBox* m_cadence;
    QDateEdit* m_joined;
    QLabel* m_error;
};

} // namespace rd::ui
