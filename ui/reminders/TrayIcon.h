#pragma once

#include "Notifier.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace rd::ui {

/// The app's icon in the system tray: reminders as desktop notifications,
/// and a menu to open the window or quit. Only where the desktop has a tray
/// (QSystemTrayIcon::isSystemTrayAvailable()).
class TrayIcon final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void notify(const rd::ReminderNotice& notice) override;
    bool holdsTheApp() const override { return m_icon.isVisible(); }
    /// The menu's words in the interface's language.
    void retranslate();

private:
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QAction* m_open;
    QAction* m_quit;
    QString m_shownPerson; ///< whose notice the desktop shows last
};

} // namespace rd::ui
