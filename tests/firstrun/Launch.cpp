// One launch of the desktop app as a user starts it, in a process of its own:
// no --db, no RODEDRAAD_DB, the XDG folders and the language the parent test
// set in the environment. A driver acts as the user would (a choice in the
// welcome, a person added, a file switched) and prints what was on screen, one
// fact a line, for the parent test to check.
#include "Launch.h"

#include "dialogs/PersonDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <cstdio>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rd::test {

namespace {

void say(const QString& fact)
{
    std::printf("%s\n", fact.toUtf8().constData());
    std::fflush(stdout);
}

QStringList teamNames(ui::MainWindow& window)
{
    QStringList names;
    auto* team = window.findChild<QListView*>(u"teamList"_s);
    for (int row = 0; team && row < team->model()->rowCount(); ++row)
        names << team->model()->index(row, 0).data(Qt::DisplayRole).toString().section(u'\n', 0, 0);
    return names;
}

/// What a loaded window shows: its title, its first tab, the marker and the team.
void describe(ui::MainWindow& window)
{
    say(u"title: "_s + window.windowTitle());
    say(u"tab: "_s + window.findChild<QTabWidget*>(u"pages"_s)->tabText(0));
    auto* marker = window.findChild<QLabel*>(u"fileMarker"_s);
    say(u"marker: "_s + (marker && marker->isVisibleTo(&window) ? marker->text() : QString()));
    say(u"team: "_s + teamNames(window).join(u'|'));
}

/// The user's side of one launch.
class Driver final : public QObject
{
public:
    Driver(QString script, QString person)
        : m_script(std::move(script))
        , m_person(std::move(person))
    {
        m_timer.setInterval(30);
        connect(&m_timer, &QTimer::timeout, this, &Driver::look);
        m_timer.start();
    }

private:
    /// Qt never fires a timer again while its handler runs, so every action that
    /// opens a modal loop is queued: the handler returns, and the next look
    /// finds the dialog the action opened.
    void look()
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            if (top->property("driverSeen").toBool())
                continue;
            const auto later = [this, top](auto act) {
                top->setProperty("driverSeen", true);
                QTimer::singleShot(0, top, [this, top, act] { (this->*act)(top); });
            };
            if (qobject_cast<ui::WelcomeDialog*>(top))
                return later(&Driver::answerWelcome);
            if (qobject_cast<QMessageBox*>(top))
                return later(&Driver::answerMessage);
            if (qobject_cast<ui::PersonDialog*>(top))
                return later(&Driver::fillPerson);
        }
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<ui::MainWindow*>(top);
            // Each window is marked once seen: the next one may reuse the address.
            if (window && window->isVisible() && !window->workspace().isLoading() &&
                !window->property("driverSeen").toBool()) {
                window->setProperty("driverSeen", true);
                ++m_windows;
                QTimer::singleShot(0, window, [this, window] { actIn(*window); });
                return;
            }
        }
    }

    void answerWelcome(QWidget* top)
    {
        auto* welcome = static_cast<ui::WelcomeDialog*>(top);
        say(u"welcome: "_s + welcome->windowTitle());
        if (auto* note = welcome->findChild<QLabel*>(u"welcomeNote"_s))
            say(u"welcome note: "_s + note->text());
        // A choice once; a welcome that comes back (the file could not be opened) is closed.
        const bool first = m_welcomes++ == 0;
        const QString button = !first                    ? QString()
                               : m_script == u"sample"_s ? u"welcomeSampleTeam"_s
                               : m_script == u"own"_s    ? u"welcomeOwnTeam"_s
                                                         : QString();
        if (auto* choice = button.isEmpty() ? nullptr : welcome->findChild<QPushButton*>(button))
            choice->click();
        else
            welcome->reject(); // a launch that expected no welcome: leave
    }

    void answerMessage(QWidget* top)
    {
        auto* box = static_cast<QMessageBox*>(top);
        say(u"message: "_s + box->objectName() + u": "_s + box->text());
        QAbstractButton* cancel = box->button(QMessageBox::Cancel);
        cancel ? cancel->click() : box->button(QMessageBox::Ok)->click();
    }

    void fillPerson(QWidget* dialog)
    {
        dialog->findChild<QLineEdit*>(u"personName"_s)->setText(m_person);
        dialog->findChild<QDialogButtonBox*>(u"personButtons"_s)
            ->button(QDialogButtonBox::Ok)
            ->click();
    }

    void actIn(ui::MainWindow& window)
    {
        describe(window);
        if ((m_script == u"own"_s || m_script == u"sample"_s) && !m_person.isEmpty()) {
            window.findChild<QAction*>(u"addPersonAction"_s)->trigger();
            say(u"team after adding: "_s + teamNames(window).join(u'|'));
        }
        // switch: to the other team, then back again, then close.
        if (m_script == u"switch"_s && m_windows < 3) {
            window.findChild<QAction*>(u"switchTeamAction"_s)->trigger();
            return;
        }
        if (m_script == u"stay"_s)
            return; // for the parent to end it, with a signal
        window.close();
    }

    QString m_script;
    QString m_person;
    QTimer m_timer;
    int m_windows = 0;
    int m_welcomes = 0;
};

} // namespace

int launch(int argc, char* argv[])
{
    // argv: <test> --launch SCRIPT [PERSON]
    const QString script = QString::fromLocal8Bit(argv[2]);
    const QString person = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    int appArgc = 1;
    QApplication app(appArgc, argv);
    setApplicationIdentity();
    Driver driver(script, person);
    const int code = ui::runDesktopApp(app, {});
    say(u"exit: "_s + QString::number(code));
    return code;
}

} // namespace rd::test
