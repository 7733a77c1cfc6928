// The home page on Today: who is next, the focus, the wins and the first
// week, driven through its widgets by objectName.
#include "coaching/Actions.h"
#include "demo/DemoTeam.h"
#include "dialogs/PersonDialog.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/PromptModel.h"
#include "pages/HomeView.h"
#include "pages/PreparePage.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
constexpr int PersonRole = Qt::UserRole + 1; // HomeView's row data

/// A window on the demo team as of its last day, showing Today.
struct DemoWindow
{
    Database db{u":memory:"_s};
    QDate asOf{2026, 11, 27};
    std::unique_ptr<ui::MainWindow> window;

    DemoWindow()
    {
        DemoOptions options;
        options.until = asOf;
        importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
        window = std::make_unique<ui::MainWindow>(db);
        window->workspace().setToday(asOf);
        window->show();
        QCoreApplication::processEvents();
    }
    template <typename T>
    T* find(const QString& name) const
    {
        return child<T>(*window, name);
    }
};

QList<QLabel*> focusCards(const ui::MainWindow& window)
{
    QList<QLabel*> cards;
    for (int n = 0;; ++n) {
        auto* card = window.findChild<QLabel*>(u"homeFocus%1"_s.arg(n));
        if (!card)
            return cards;
        cards << card;
    }
}
} // namespace

TEST_CASE("the home page lists who is next, overdue first, and the focus, one signal each")
{
    DemoWindow f;
    const Week& week = f.find<ui::HomeView>(u"homeView"_s)->week();
    REQUIRE(week.asOf == f.asOf);
    auto* next = f.find<QTreeWidget>(u"homeNext"_s);
    // Every active member once, under a heading per "when".
    int people = 0;
    QString first;
    for (int row = 0; row < next->topLevelItemCount(); ++row) {
        const QString id = next->topLevelItem(row)->data(0, PersonRole).toString();
        if (!id.isEmpty() && first.isEmpty())
            first = id;
        people += id.isEmpty() ? 0 : 1;
    }
    CHECK(people == week.next.size());
    CHECK(first == week.next.first().personId);
    CHECK(next->topLevelItem(0)->text(0) == label(week.next.first().when));
    // The first person is chosen, so Prepare works at once.
    CHECK(next->currentItem()->data(0, PersonRole).toString() == first);
    CHECK(f.find<QPushButton>(u"homePrepare"_s)->isEnabled());

    const QList<QLabel*> cards = focusCards(*f.window);
    REQUIRE(cards.size() == DefaultFocusCount);
    QSet<QString> names;
    for (int n = 0; n < cards.size(); ++n) {
        const Prompt& p = week.focus.at(n).prompt;
        CHECK(cards.at(n)->text().startsWith(u"<b>"_s + p.personName.toHtmlEscaped()));
        CHECK(cards.at(n)->text().contains(p.title.toHtmlEscaped())); // whole, never clipped
        names.insert(p.personName);
    }
    CHECK(names.size() == DefaultFocusCount);
    CHECK(f.find<QPushButton>(u"homeAllSignals"_s)->text() ==
          u"All si&gnals (%1)"_s.arg(f.window->workspace().prompts().size()));
    CHECK(f.find<QLabel>(u"homeWins"_s)->text().contains(u"✔"_s));
    CHECK_FALSE(f.find<QLabel>(u"homeFirstWeek"_s)->isVisible()); // the demo team is past it
}

TEST_CASE("a focus signal opens in the full list, and the list leads back to the week")
{
    DemoWindow f;
    const Prompt second = f.find<ui::HomeView>(u"homeView"_s)->week().focus.at(1).prompt;
    emit focusCards(*f.window).at(1)->linkActivated(second.key);
    auto* signalsView = f.find<QWidget>(u"todaySignals"_s);
    CHECK(signalsView->isVisible());
    auto* tree = f.find<QTreeView>(u"todayPrompts"_s);
    CHECK(tree->currentIndex().data(ui::PromptModel::KeyRole).toString() == second.key);
    f.find<QPushButton>(u"todayBackHome"_s)->click();
    CHECK(f.find<ui::HomeView>(u"homeView"_s)->isVisible());
    f.find<QPushButton>(u"homeAllSignals"_s)->click();
    CHECK(signalsView->isVisible());
}

TEST_CASE("a focus signal opens among its person's, whoever was chosen before; all signals are the "
          "team's")
{
    DemoWindow f;
    const Week week = f.find<ui::HomeView>(u"homeView"_s)->week();
    const Prompt second = week.focus.at(1).prompt;
    f.window->selectPerson(week.focus.at(0).prompt.personId); // someone else chosen
    emit focusCards(*f.window).at(1)->linkActivated(second.key);
    CHECK(f.window->selectedPersonId() == second.personId);
    auto* tree = f.find<QTreeView>(u"todayPrompts"_s);
    CHECK(tree->currentIndex().data(ui::PromptModel::KeyRole).toString() == second.key);
    f.find<QPushButton>(u"todayBackHome"_s)->click();
    f.find<QPushButton>(u"homeAllSignals"_s)->click();
    CHECK(f.window->selectedPersonId().isEmpty());
    int shown = 0;
    for (int lever = 0; lever < tree->model()->rowCount(); ++lever)
        shown += tree->model()->rowCount(tree->model()->index(lever, 0));
    CHECK(shown == f.window->workspace().prompts().size());
}

TEST_CASE("Prepare on the home page opens that person's sheet")
{
    DemoWindow f;
    auto* next = f.find<QTreeWidget>(u"homeNext"_s);
    QTreeWidgetItem* last = next->topLevelItem(next->topLevelItemCount() - 1);
    const QString id = last->data(0, PersonRole).toString();
    REQUIRE_FALSE(id.isEmpty());
    next->setCurrentItem(last);
    f.find<QPushButton>(u"homePrepare"_s)->click();
    auto* prepare = f.find<ui::PreparePage>(u"preparePage"_s);
    CHECK(f.find<QTabWidget>(u"pages"_s)->currentWidget() == prepare);
    CHECK(prepare->person() == id);
    CHECK(f.window->selectedPersonId() == id);
}

TEST_CASE("the focus shows as many signals as the setting says")
{
    AppSettings().setFocusCount(2);
    DemoWindow f;
    CHECK(focusCards(*f.window).size() == 2);
    AppSettings().setFocusCount(DefaultFocusCount);
}

TEST_CASE("a new team sees its first week's steps tick, and is led to its first member")
{
    Database db(u":memory:"_s);
    ui::MainWindow window(db);
    window.show();
    QCoreApplication::processEvents();
    auto* steps = child<QLabel>(window, u"homeFirstWeek"_s);
    auto* addFirst = child<QPushButton>(window, u"homeAddFirst"_s);
    CHECK(steps->isVisible());
    CHECK(steps->text().count(u"○"_s) == 5);
    CHECK(addFirst->isVisible());
    CHECK(child<QLabel>(window, u"homeNoFocus"_s)->text().startsWith(u"No signals yet."_s));
    auto* nextPane = child<QWidget>(window, u"homeNextPane"_s);
    CHECK(nextPane->isHidden()); // nobody to meet: focus and wins take the width
    bool asked = false;
    onNextDialog<ui::PersonDialog>([&asked](ui::PersonDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    addFirst->click();
    CHECK(asked);
    // The sidebar offers the same way in.
    auto* sidebarFirst = child<QPushButton>(window, u"teamAddFirst"_s);
    CHECK(sidebarFirst->isVisible());
    asked = false;
    onNextDialog<ui::PersonDialog>([&asked](ui::PersonDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    sidebarFirst->click();
    CHECK(asked);

    const QDate today = window.workspace().today();
    TeamStore& store = window.workspace().store();
    store.addPerson(Person{u"sam"_s, u"Sam"_s, {}, today.addDays(-3), 14, false});
    CHECK_FALSE(addFirst->isVisible());
    CHECK_FALSE(sidebarFirst->isVisible()); // both go with the first member
    CHECK(nextPane->isVisible());
    CHECK(steps->text().count(u"✔"_s) == 1);
    store.agreeBoardCell({0, u"sam"_s, u"Budget"_s, DelegationLevel::Agree, today});
    OneOnOne held;
    held.personId = u"sam"_s;
    held.date = today;
    store.addOneOnOne(held, {});
    Decision d;
    d.personId = u"sam"_s;
    d.date = today;
    d.title = u"Plan the demo"_s;
    store.addDecision(d);
    CHECK(steps->text().count(u"✔"_s) == 4);
    CHECK(steps->isVisible());
    Initiative i;
    i.personId = u"sam"_s;
    i.date = today;
    i.description = u"Fixed the build"_s;
    i.recognisedOn = today;
    i.recognition = RecognitionChannel::Public;
    store.addInitiative(i);
    CHECK_FALSE(steps->isVisible()); // all five done
}

TEST_CASE("the selection stays on its person until they move group, then goes to who is due first")
{
    DemoWindow f;
    auto* next = f.find<QTreeWidget>(u"homeNext"_s);
    // A person not due first, and not already in the last group (later).
    QTreeWidgetItem* chosen = nullptr;
    for (int row = 2; row < next->topLevelItemCount() && !chosen; ++row) {
        QTreeWidgetItem* item = next->topLevelItem(row);
        const QVariant when = item->data(0, PersonRole + 1);
        if (!item->data(0, PersonRole).toString().isEmpty() && when.toInt() != int(DueWhen::Later))
            chosen = item;
    }
    REQUIRE(chosen);
    const QString id = chosen->data(0, PersonRole).toString();
    next->setCurrentItem(chosen);
    const QString first = next->topLevelItem(1)->data(0, PersonRole).toString();
    REQUIRE(first != id);

    // A change that leaves them where they are keeps the choice.
    Decision d;
    d.personId = first;
    d.title = u"Choose the venue"_s;
    d.area = u"Planning"_s;
    d.date = f.asOf;
    f.window->workspace().store().addDecision(d);
    QCoreApplication::processEvents();
    REQUIRE(next->currentItem());
    CHECK(next->currentItem()->data(0, PersonRole).toString() == id);

    // Met today: they move to later, and the choice goes to whoever is due first.
    OneOnOne met;
    met.personId = id;
    met.date = f.asOf;
    f.window->workspace().store().addOneOnOne(met, {});
    QCoreApplication::processEvents();
    REQUIRE(next->currentItem());
    CHECK(next->currentItem() == next->topLevelItem(1));
    CHECK(next->currentItem()->data(0, PersonRole).toString() != id);
}

TEST_CASE("a focus card's link is reached from the keyboard and opened with Enter")
{
    DemoWindow f;
    const QList<QLabel*> cards = focusCards(*f.window);
    REQUIRE_FALSE(cards.isEmpty());
    QLabel* card = cards.first();
    CHECK(card->focusPolicy() == Qt::StrongFocus);
    CHECK(card->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QString opened;
    QObject::connect(card, &QLabel::linkActivated, card,
                     [&opened](const QString& key) { opened = key; });
    card->setFocus(Qt::TabFocusReason);
    QTest::keyClick(card, Qt::Key_Tab); // to its link
    QTest::keyClick(card, Qt::Key_Return);
    CHECK_FALSE(opened.isEmpty());
    CHECK(f.find<QTabWidget>(u"pages"_s)->currentIndex() == 0);
}

TEST_CASE("when every signal is handled, the home page says so, not that none came yet")
{
    WindowFixture f; // Sam joined 60 days ago and was never met: signals
    f.pages()->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&f] { return !f.workspace().prompts().isEmpty(); }));
    auto* none = child<QLabel>(f.window, u"homeNoFocus"_s);
    CHECK(none->isHidden()); // positive control: there is a focus
    // A copy: each state set replaces the workspace's list of open prompts.
    const QList<Prompt> open = f.workspace().prompts();
    for (const Prompt& p : open)
        f.workspace().store().setPromptState(
            PromptState{p.key, PromptStateKind::Dismissed, f.today, {}, {}});
    REQUIRE(QTest::qWaitFor([&f] { return f.workspace().prompts().isEmpty(); }));
    QCoreApplication::processEvents();
    CHECK_FALSE(none->isHidden());
    CHECK(none->text().startsWith(u"Every signal is handled for now."_s));
}

TEST_CASE("a change that keeps everyone in their group updates the rows in place; a move rebuilds")
{
    DemoWindow f;
    auto* next = f.find<QTreeWidget>(u"homeNext"_s);
    const Week& week = f.find<ui::HomeView>(u"homeView"_s)->week();
    // Someone with an open action, and the row that shows them.
    auto rowOf = [next](const QString& id) {
        for (int row = 0; row < next->topLevelItemCount(); ++row) {
            if (next->topLevelItem(row)->data(0, PersonRole).toString() == id)
                return row;
        }
        return -1;
    };
    const auto withItems = std::find_if(week.next.cbegin(), week.next.cend(),
                                        [](const NextOneOnOne& n) { return n.openItems > 0; });
    REQUIRE(withItems != week.next.cend());
    const NextOneOnOne before = *withItems;
    const int row = rowOf(before.personId);
    REQUIRE(row >= 0);
    CHECK(next->topLevelItem(row)->text(2) == QString::number(before.openItems));
    const QPersistentModelIndex shown(next->model()->index(row, 2));
    const QList<OpenAction> open =
        openActionsOf(f.window->workspace().log(), before.personId, f.asOf);
    REQUIRE_FALSE(open.isEmpty());

    // One action ticked: the same row, one open item less.
    ui::Workspace& workspace = f.window->workspace();
    workspace.store().updateOneOnOnes(closingActions(workspace.log(), {open.first()}, f.asOf));
    QCoreApplication::processEvents();
    REQUIRE(shown.isValid());
    CHECK(shown.row() == row);
    const int left = before.openItems - 1;
    CHECK(shown.data().toString() == (left > 0 ? QString::number(left) : QString()));

    // Renamed: the name changes in place, and its column still fits every name.
    Person renamed = *workspace.log().person(before.personId);
    renamed.name = renamed.name + u" van der Wetering-Oosterhuis"_s;
    workspace.store().updatePerson(renamed);
    QCoreApplication::processEvents();
    REQUIRE(shown.isValid());
    CHECK(next->topLevelItem(shown.row())->text(0) == renamed.name);
    CHECK(next->columnWidth(0) >= next->fontMetrics().horizontalAdvance(renamed.name));
    // Positive control: meeting them today moves them to another group, and
    // the rows are built again.
    OneOnOne met;
    met.personId = before.personId;
    met.date = f.asOf;
    workspace.store().addOneOnOne(met, {});
    QCoreApplication::processEvents();
    CHECK_FALSE(shown.isValid());
    const int moved = rowOf(before.personId);
    REQUIRE(moved >= 0);
    CHECK(next->topLevelItem(moved)->data(0, PersonRole + 1).toInt() != int(before.when));
}

TEST_CASE("the open items column is wide enough for its heading and a three-digit count")
{
    DemoWindow f;
    auto* next = f.find<QTreeWidget>(u"homeNext"_s);
    CHECK(next->columnWidth(2) >= next->header()->sectionSizeHint(2));
    CHECK(next->columnWidth(2) > next->fontMetrics().horizontalAdvance(u"000"_s));
    // Still so in Dutch, whose heading is longer.
    installLanguage(u"nl"_s);
    QCoreApplication::processEvents();
    CHECK(next->headerItem()->text(2) != u"Open items"_s);
    CHECK(next->columnWidth(2) >= next->header()->sectionSizeHint(2));
    installLanguage(u"en"_s);
}
