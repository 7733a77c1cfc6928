// Test helper for the meeting draft's kill -9 test: opens the window on a
// database, starts the one-on-one with a person from Prepare, types the notes
// given, waits until the draft is saved, prints "saved" and kills itself with
// SIGKILL: no destructor, no flush, no clean close runs.
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "storage/Database.h"

#include <csignal>
#include <cstdio>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    rd::Database db(QString::fromLocal8Bit(argv[1]));
    rd::ui::MainWindow window(db);
    window.show();
    window.selectPerson(QString::fromLocal8Bit(argv[2]));
    auto* start = window.findChild<QPushButton*>(u"prepStart"_s);
    if (!start)
        return 3;
    start->click();
    auto* view = window.findChild<rd::ui::MeetingView*>(u"meetingView"_s);
    if (!view)
        return 4;
    QSignalSpy saved(view, &rd::ui::MeetingView::draftSaved);
    QTest::keyClicks(view->findChild<QPlainTextEdit*>(u"meetingNotes"_s),
                     QString::fromUtf8(argv[3]));
    if (!saved.wait(10000))
        return 5;
    std::printf("saved\n");
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 6;
}
