// Alt+letter in every window and dialog, in both languages: no two controls
// that are reachable together share a letter, and no label shows its "&".
#include "dialogs/DecisionDialog.h"
#include "dialogs/InitiativeDialog.h"
#include "dialogs/OneOnOneDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// The accelerator letter of a control's text ("&Save" → 's'), or a null QChar.
QChar acceleratorOf(const QString& text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'&', at + 2)) {
        if (text.at(at + 1) != u'&')
            return text.at(at + 1).toLower();
    }
    return {};
}

/// The texts with an accelerator that are reachable in `root` as it shows now.
QStringList acceleratedTexts(const QWidget& root)
{
    QStringList texts;
    for (const QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&root))
            texts << button->text();
    }
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (label->buddy() && label->isVisibleTo(&root))
            texts << label->text();
    }
    for (const QGroupBox* box : root.findChildren<QGroupBox*>()) {
        if (box->isCheckable() && box->isVisibleTo(&root))
            texts << box->title();
    }
    texts.removeIf([](const QString& text) { return acceleratorOf(text).isNull(); });
    return texts;
}

/// Pairs of texts among `texts` that share a letter, as "A / B".
QStringList clashes(const QStringList& texts)
{
    QHash<QChar, QString> taken;
    QStringList found;
    for (const QString& text : texts) {
        const QChar key = acceleratorOf(text);
        if (key.isNull())
            continue; // no accelerator, nothing to clash
        if (taken.contains(key))
            found << taken.value(key) + u" / "_s + text;
        taken.insert(key, text);
    }
    return found;
}

/// Plain-text labels without a buddy whose "&" would show as a character.
QStringList literalAmpersands(const QWidget& root)
{
    QStringList found;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->buddy() && label->textFormat() != Qt::RichText &&
            !Qt::mightBeRichText(label->text()) && !acceleratorOf(label->text()).isNull())
            found << label->text();
    }
    return found;
}

void checkDialog(const QWidget& dialog)
{
    CAPTURE(dialog.metaObject()->className());
    CHECK(clashes(acceleratedTexts(dialog)) == QStringList());
    CHECK(literalAmpersands(dialog) == QStringList());
    CHECK_FALSE(acceleratedTexts(dialog).isEmpty()); // the check above saw something
}

} // namespace

TEST_CASE("the accelerator check finds a clash and a literal ampersand")
{
    // Positive control for the helpers the tests below rely on.
    CHECK(clashes({u"&Team"_s, u"&Toon:"_s, u"&Bestand"_s}) == QStringList{u"&Team / &Toon:"_s});
    CHECK(clashes({u"&Team"_s, u"To&nen:"_s}).isEmpty());
    CHECK(clashes({u"Search…"_s, u"Search again"_s}).isEmpty()); // no accelerators at all
    CHECK(acceleratorOf(u"Tom && Jerry"_s).isNull());
    QWidget root;
    auto* label = new QLabel(u"&Backup folder"_s, &root);
    CHECK(literalAmpersands(root) == QStringList{u"&Backup folder"_s});
    label->setBuddy(new QWidget(&root));
    CHECK(literalAmpersands(root).isEmpty());
}

TEST_CASE("no two controls of a dialog share an accelerator, in either language")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        installLanguage(language);
        Database db(u":memory:"_s);
        ui::Workspace workspace(db);
        const TeamLog log = sampleLog();
        QTemporaryDir backups;
        checkDialog(ui::DecisionDialog(log, {u"Budget"_s}));
        checkDialog(ui::InitiativeDialog(log));
        checkDialog(ui::OneOnOneDialog(log));
        checkDialog(ui::PersonDialog());
        checkDialog(ui::ReportDialog(u"Team"_s, backups.filePath(u"report.pdf"_s)));
        checkDialog(ui::RestoreDialog(workspace, backups.path()));
        checkDialog(ui::SearchDialog(workspace));
        checkDialog(ui::SettingsDialog(workspace));
        checkDialog(ui::WelcomeDialog());
        MeetingDraft draft;
        draft.personId = u"sam"_s;
        draft.date = QDate(2026, 6, 30);
        checkDialog(ui::MeetingView(workspace, draft));
    }
    installLanguage(u"en"_s);
}

TEST_CASE("no control of a page shares an accelerator with the menu bar, in either language")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        installLanguage(language);
        Database db(u":memory:"_s);
        ui::MainWindow window(db);
        window.show();
        QStringList menus;
        for (const QAction* top : window.menuBar()->actions())
            menus << top->text();
        auto* pages = child<QTabWidget>(window, u"pages"_s);
        for (int n = 0; n < pages->count(); ++n) {
            pages->setCurrentIndex(n);
            CAPTURE(pages->widget(n)->objectName());
            // The sidebar's controls are reachable beside every page.
            QStringList reachable = menus + acceleratedTexts(*pages->widget(n));
            reachable += acceleratedTexts(*child<QWidget>(window, u"teamSidebar"_s));
            CHECK(clashes(reachable) == QStringList());
            CHECK(literalAmpersands(*pages->widget(n)) == QStringList());
        }
    }
    installLanguage(u"en"_s);
}

TEST_CASE("no two items of one menu share an accelerator, in either language")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        installLanguage(language);
        Database db(u":memory:"_s);
        ui::MainWindow window(db);
        // The menu bar's own titles, then each menu's items.
        QList<QStringList> groups{{}};
        for (QAction* top : window.menuBar()->actions()) {
            groups.first() << top->text();
            if (!top->menu())
                continue;
            QStringList items;
            for (const QAction* action : top->menu()->actions()) {
                if (!action->isSeparator())
                    items << action->text();
            }
            groups << items;
        }
        CHECK(groups.size() >= 5);
        for (const QStringList& group : std::as_const(groups)) {
            CAPTURE(group);
            CHECK(clashes(group) == QStringList());
        }
    }
    installLanguage(u"en"_s);
}
