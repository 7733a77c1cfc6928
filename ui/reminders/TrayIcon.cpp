#include "TrayIcon.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace rd::ui {

TrayIcon::TrayIcon(QObject* parent)
    : Notifier(parent)
    , m_icon(QApplication::windowIcon())
    , m_open(m_menu.addAction(QString()))
    , m_quit(m_menu.addAction(QString()))
{
    setObjectName(u"trayIcon"_s);
    m_menu.setObjectName(u"trayMenu"_s);
    m_open->setObjectName(u"trayOpen"_s);
    m_quit->setObjectName(u"trayQuit"_s);
    m_menu.insertSeparator(m_quit);
    connect(m_open, &QAction::triggered, this, &Notifier::windowWanted);
    connect(m_quit, &QAction::triggered, this, &Notifier::quitWanted);
    connect(&m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit windowWanted();
            });
    // The desktop says which message was clicked only as "the last one".
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this,
            [this] { emit opened(m_shownPerson); });
    m_icon.setContextMenu(&m_menu);
    retranslate();
    m_icon.show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::notify(const ReminderNotice& notice)
{
    m_shownPerson = notice.personId;
    m_icon.showMessage(notice.title, notice.text, QApplication::windowIcon(), 30'000);
}

void TrayIcon::retranslate()
{
    m_icon.setToolTip(tr("Rode Draad: reminders of your one-on-ones"));
    m_open->setText(tr("&Open Rode Draad"));
    m_quit->setText(tr("&Quit"));
}

} // namespace rd::ui
