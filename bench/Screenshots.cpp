// The screenshot mode behind ./dev.sh screenshots: every page, every chart
// and the first day's dialogs, in the language and at the size it runs with.
#include "Screenshots.h"

#include "dialogs/SearchDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

/// Saves the next modal dialog as it opens, then closes it unchanged.
void grabNextDialog(const QString& path)
{
    QTimer::singleShot(200, [path] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->grab().save(path);
        dialog->done(QDialog::Rejected); // without the discard question
    });
}

} // namespace

void takeScreenshots(MainWindow& window, const QString& dir)
{
    QDir().mkpath(dir);
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    const QString lang = currentLanguage();
    // Prepare and the logs look best with a person who has something to talk about.
    QString person;
    int most = 0;
    for (const Person& p : window.workspace().log().people) {
        if (!p.archived && window.workspace().promptCount(p.id) > most) {
            most = window.workspace().promptCount(p.id);
            person = p.id;
        }
    }
    for (int n = 0; n < pages->count(); ++n) {
        pages->setCurrentIndex(n);
        QWidget* page = pages->widget(n);
        window.selectPerson(page->objectName() == u"preparePage"_s ? person : QString());
        if (auto* tree = page->findChild<QTreeView*>(); tree && tree->model()->rowCount() > 0)
            tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        if (auto* table = page->findChild<QTableView*>(); table && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0));
        QCoreApplication::processEvents();
        window.grab().save(
            QDir(dir).filePath(u"%1-%2-%3.png"_s.arg(lang).arg(n + 1).arg(page->objectName())));
    }
    // The Progress page over everything logged, for the two stories a coach looks
    // for: autonomy growing (Daan) and autonomy taken back after a failure (Eva).
    auto* progress = window.findChild<QWidget*>(u"progressPage"_s);
    auto* period = progress->findChild<QComboBox*>(u"periodSelector"_s);
    pages->setCurrentWidget(progress);
    period->setCurrentIndex(period->count() - 1);
    int shot = pages->count();
    for (const QString& story : {u"daan-visser"_s, u"eva-mulder"_s}) {
        if (!window.workspace().log().person(story))
            continue;
        window.selectPerson(story);
        QCoreApplication::processEvents();
        window.grab().save(QDir(dir).filePath(
            u"%1-%2-progress-%3.png"_s.arg(lang).arg(++shot).arg(story.section(u'-', 0, 0))));
    }
    // Every chart on its own, for the whole team over the default period: the
    // page shows two at a time, and a clipped label hides further down.
    window.selectPerson({});
    period->setCurrentIndex(period->findData(12));
    QCoreApplication::processEvents();
    for (QChartView* chart : progress->findChildren<QChartView*>()) {
        chart->grab().save(QDir(dir).filePath(u"%1-chart-%2.png"_s.arg(lang, chart->objectName())));
    }
    // Search, for a word the demo team's logs often use.
    SearchDialog search(window.workspace(), &window);
    search.show();
    search.findChild<QLineEdit*>(u"searchText"_s)->setText(u"release"_s);
    QCoreApplication::processEvents();
    search.grab().save(QDir(dir).filePath(u"%1-%2-search.png"_s.arg(lang).arg(++shot)));
    // The meeting view, as a 1:1 is held: a topic ticked, notes with two action
    // lines, energy and talk share. Its draft is removed afterwards, so the next
    // run (the other size) starts without a meeting to resume.
    pages->setCurrentWidget(window.findChild<QWidget*>(u"preparePage"_s));
    window.selectPerson(person);
    window.findChild<QPushButton*>(u"prepStart"_s)->click();
    if (auto* view = window.findChild<MeetingView*>(u"meetingView"_s)) {
        view->findChild<QPlainTextEdit*>(u"meetingNotes"_s)
            ->setPlainText(lang == u"nl"_s
                               ? u"Wil de volgende release leiden.\n[ ] Cursusopties sturen\n"
                                 u"actie: Eerste versie van het releaseplan"_s
                               : u"Wants to lead the next release.\n[ ] Send the course options\n"
                                 u"todo: First draft of the release plan"_s);
        view->findChild<QPlainTextEdit*>(u"meetingSummary"_s)
            ->setPlainText(lang == u"nl"_s
                               ? u"Jij maakt een eerste releaseplan; ik zoek cursussen."_s
                               : u"You draft the release plan; I look for courses."_s);
        if (auto* agenda = view->findChild<QListWidget*>(u"meetingAgendaList"_s);
            agenda && agenda->count() > 0)
            agenda->item(0)->setCheckState(Qt::Checked);
        view->findChild<QAbstractButton*>(u"meetingEnergy4"_s)->click();
        view->findChild<QAbstractButton*>(u"meetingTalk50"_s)->click();
        // The notes' action rows follow the typing a moment later (debounced).
        QEventLoop settle;
        QTimer::singleShot(600, &settle, &QEventLoop::quit);
        settle.exec();
        view->grab().save(QDir(dir).filePath(u"%1-%2-meeting.png"_s.arg(lang).arg(++shot)));
        view->close();
        window.workspace().store().removeDraft(person);
    }
    // How Rode Draad works, opened at a lever as a prompt's link does.
    window.findChild<QAction*>(u"howItWorksAction"_s)->trigger();
    if (auto* help = window.findChild<QWidget*>(u"howItWorks"_s)) {
        QCoreApplication::processEvents();
        help->grab().save(QDir(dir).filePath(u"%1-%2-help.png"_s.arg(lang).arg(++shot)));
        help->close();
    }
    // The dialogs a manager meets on a first day, as they open.
    grabNextDialog(QDir(dir).filePath(u"%1-dialog-oneOnOne.png"_s.arg(lang)));
    window.findChild<QAction*>(u"logOneOnOneAction"_s)->trigger();
    for (const QString& action : {u"logDecisionAction"_s, u"logInitiativeAction"_s,
                                  u"settingsAction"_s, u"addPersonAction"_s}) {
        grabNextDialog(QDir(dir).filePath(u"%1-dialog-%2.png"_s.arg(lang, action.chopped(6))));
        window.findChild<QAction*>(action)->trigger();
    }
    grabNextDialog(QDir(dir).filePath(u"%1-dialog-welcome.png"_s.arg(lang)));
    WelcomeDialog(QString(), &window).exec();
}

} // namespace rd::ui
