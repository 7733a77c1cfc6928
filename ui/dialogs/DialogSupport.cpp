#include "DialogSupport.h"

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

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAccessibleName(QObject::tr("Error"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace rd::ui
