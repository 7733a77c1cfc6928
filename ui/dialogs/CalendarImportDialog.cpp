#include "CalendarImportDialog.h"

#include "DialogSupport.h"
#include "schedule/Plans.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
enum Column
{
    EventColumn,
    WhenColumn,
    PersonColumn,
    ChangeColumn
};

/// What importing an event's meetings does, in words: "4 new, 3 unchanged".
QString changesText(const QList<ImportRow>& rows)
{
    int fresh = 0, changed = 0, same = 0, logged = 0;
    for (const ImportRow& r : rows) {
        fresh += r.change == ImportChange::New;
        changed += r.change == ImportChange::Changed;
        same += r.change == ImportChange::Unchanged;
        logged += r.change == ImportChange::Logged;
    }
    QStringList parts;
    if (fresh)
        parts << CalendarImportDialog::tr("%n new", nullptr, fresh);
    if (changed)
        parts << CalendarImportDialog::tr("%n changed", nullptr, changed);
    if (same)
        parts << CalendarImportDialog::tr("%n already planned", nullptr, same);
    if (logged)
        parts << CalendarImportDialog::tr("%n already logged", nullptr, logged);
    return parts.isEmpty() ? CalendarImportDialog::tr("left out") : parts.join(u", "_s);
}
} // namespace

CalendarImportDialog::CalendarImportDialog(const QList<CalendarMeeting>& meetings,
                                           const TeamLog& log, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_meetings(meetings)
    , m_log(log)
    , m_today(today)
    , m_events(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_plan(nullptr)
{
    setObjectName(u"calendarImportDialog"_s);
    setWindowTitle(tr("Import a calendar file"));
    auto* intro = new QLabel(
        tr("Each event is matched to a team member by a name in its title or among its "
           "attendees. Check the matches, choose someone for an event nobody matched, or leave "
           "it out. Only the day, the time and the length are kept; never a description."),
        this);
    intro->setWordWrap(true);
    m_events->setObjectName(u"calendarEvents"_s);
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Event"), tr("When"), tr("With"), tr("What happens")});
    m_events->header()->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"calendarSummary"_s);
    m_summary->setWordWrap(true);

    // One row per event: a weekly series is one choice, not twenty.
    const QList<ImportRow> rows = previewImport(m_meetings, m_log);
    QHash<QString, QList<const ImportRow*>> byEvent;
    for (const ImportRow& r : rows) {
        if (!byEvent.contains(r.meeting.uid))
            m_uids << r.meeting.uid;
        byEvent[r.meeting.uid] << &r;
    }
    for (const QString& uid : std::as_const(m_uids)) {
        const QList<const ImportRow*>& its = byEvent.value(uid);
        const ImportRow& first = *its.first();
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(EventColumn,
                      first.meeting.summary.isEmpty() ? tr("(no title)") : first.meeting.summary);
        PlannedOneOnOne start = first.plan;
        const QString when = planText(start, m_today);
        item->setText(WhenColumn,
                      its.size() == 1
                          ? when
                          : tr("%n meeting(s) from %1", nullptr, int(its.size())).arg(when));
        auto* person = new QComboBox(m_events);
        person->setObjectName(u"calendarPerson"_s);
        person->setAccessibleName(tr("Team member for %1").arg(item->text(EventColumn)));
        person->addItem(tr("Leave out"), QString());
        for (const Person& p : m_log.people) {
            if (!p.archived)
                person->addItem(p.name, p.id);
        }
        person->setCurrentIndex(std::max(0, person->findData(first.personId)));
        connect(person, &QComboBox::currentIndexChanged, this, &CalendarImportDialog::update);
        m_events->setItemWidget(item, PersonColumn, person);
    }
    for (int c : {WhenColumn, PersonColumn, ChangeColumn})
        m_events->resizeColumnToContents(c);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"calendarButtons"_s);
    m_plan = buttons->button(QDialogButtonBox::Ok);
    m_plan->setObjectName(u"calendarPlan"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarImportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(820, 480));
    update();
}

QList<ImportRow> CalendarImportDialog::preview() const
{
    QHash<QString, QString> chosen; // by event
    for (int row = 0; row < m_events->topLevelItemCount(); ++row) {
        const auto* person = qobject_cast<const QComboBox*>(
            m_events->itemWidget(m_events->topLevelItem(row), PersonColumn));
        chosen.insert(m_uids.at(row), person->currentData().toString());
    }
    QHash<QString, QString> assigned;
    for (const CalendarMeeting& m : m_meetings)
        assigned.insert(importKey(m), chosen.value(m.uid));
    return previewImport(m_meetings, m_log, assigned);
}

QList<PlannedOneOnOne> CalendarImportDialog::plans() const
{
    return plansToWrite(preview());
}

void CalendarImportDialog::update()
{
    const QList<ImportRow> rows = preview();
    QHash<QString, QList<ImportRow>> byEvent;
    for (const ImportRow& r : rows)
        byEvent[r.meeting.uid] << r;
    for (int row = 0; row < m_events->topLevelItemCount(); ++row)
        m_events->topLevelItem(row)->setText(ChangeColumn,
                                             changesText(byEvent.value(m_uids.at(row))));
    const int count = int(plansToWrite(rows).size());
    m_plan->setText(count == 0 ? tr("Nothing to plan")
                               : tr("&Plan %n one-on-one(s)", nullptr, count));
    m_plan->setEnabled(count > 0);
    m_summary->setText(
        m_meetings.isEmpty()
            ? tr("The file holds no events in the coming six months.")
            : tr("%n event(s) in the coming six months.", nullptr, int(m_uids.size())));
}

} // namespace rd::ui
