#include "WelcomeDialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

WelcomeDialog::WelcomeDialog(const QString& note, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Rode Draad"));
    auto* title = new QLabel(u"<h2>"_s + tr("Welcome to Rode Draad") + u"</h2>"_s, this);
    auto* text = new QLabel(tr("Rode Draad helps you lead through trust instead of control. You "
                               "log your one‑on‑ones, the "
                               "decisions you delegate and the initiatives you recognise. From "
                               "those logs it gives you "
                               "signals, a question for your next one‑on‑one and a view of how you "
                               "move from control to "
                               "facilitation."),
                            this);
    text->setWordWrap(true);
    auto* privacy = new QLabel(
        tr("Everything stays in one file on this computer: no account, no network."), this);
    privacy->setWordWrap(true);
    auto* own = new QPushButton(tr("Start with &my own team"), this);
    own->setObjectName(u"welcomeOwnTeam"_s);
    own->setDefault(true);
    auto* sample = new QPushButton(tr("Explore with a &sample team"), this);
    sample->setObjectName(u"welcomeSampleTeam"_s);
    sample->setToolTip(
        tr("A believable team of seven, in a separate file: your own data stays untouched."));
    connect(own, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OwnTeam;
        accept();
    });
    connect(sample, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SampleTeam;
        accept();
    });
    auto* open = new QPushButton(tr("&Open a file…"), this);
    open->setObjectName(u"welcomeOpenFile"_s);
    open->setToolTip(tr("A Rode Draad file you already have, for example from a USB stick."));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open a Rode Draad file"), QString(),
                                         tr("Rode Draad files (*.sqlite *.db);;All files (*)"));
        if (file.isEmpty())
            return;
        m_choice = Choice::OpenFile;
        m_fileName = file;
        accept();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(sample);
    buttons->addWidget(own);
    auto* layout = new QVBoxLayout(this);
    if (!note.isEmpty()) {
        auto* gone = new QLabel(note, this);
        gone->setObjectName(u"welcomeNote"_s);
        gone->setWordWrap(true);
        layout->addWidget(gone);
    }
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(privacy);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    setMinimumWidth(520);
}

} // namespace rd::ui
