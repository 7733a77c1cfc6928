#include "CoachingReport.h"

#include "coaching/Anonymous.h"
#include "coaching/Journal.h"
#include "coaching/RuleNames.h"
#include "i18n/LocalDate.h"
#include "PageWriter.h"
#include "progress/ProgressChart.h"
#include "storage/SafeFile.h"

#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace rd::ui {

using report::esc;
using report::number;
using report::PageWriter;
using report::printPalette;
using report::shownChange;

CoachingReport::CoachingReport(const TeamLog& log, QList<Prompt> openPrompts,
                               QList<RaisedPrompt> history, ReportOptions options)
    : m_log(options.anonymize ? anonymised(log) : log)
    , m_prompts(std::move(openPrompts))
    , m_history(std::move(history))
    , m_options(std::move(options))
{}

QList<CoachingReport::Section> CoachingReport::sections()
{
    return {Section::Cover,       Section::Summary,       Section::Index,       Section::Delegation,
            Section::Recognition, Section::FollowThrough, Section::OpenPrompts, Section::Journal};
}

QString CoachingReport::heading(Section section)
{
    switch (section) {
    case Section::Cover:
        return tr("Coaching report");
    case Section::Summary:
        return tr("Summary: what improved and what to work on next");
    case Section::Index:
        return tr("Facilitation index");
    case Section::Delegation:
        return tr("Delegation");
    case Section::Recognition:
        return tr("Recognition and rhythm");
    case Section::FollowThrough:
        return tr("Follow-through on signals");
    case Section::OpenPrompts:
        return tr("Open signals by lever");
    case Section::Journal:
        return tr("Journal of signals marked done");
    }
    return {};
}

QStringList CoachingReport::headings()
{
    QStringList all;
    for (Section section : sections())
        all << heading(section);
    return all;
}

QString CoachingReport::personName(const QString& personId) const
{
    if (personId.isEmpty())
        return tr("Team");
    const Person* person = m_log.person(personId);
    return person ? person->name : personId;
}

QString CoachingReport::subject() const
{
    return m_options.query.personId.isEmpty() ? tr("Whole team")
                                              : personName(m_options.query.personId);
}

int CoachingReport::write(const QString& path) const
{
    int pages = 0;
    writeFileSafely(path, render(&pages));
    return pages;
}

/// What every section draws from and on.
struct CoachingReport::Draw
{
    PageWriter& out;
    const ProgressData& data;
    const ProgressSummary& summary;
    QString period;
};

QByteArray CoachingReport::render(int* pageCount) const
{
    const ProgressQuery& query = m_options.query;
    const ProgressData data = computeProgress(m_log, query, m_history);
    const ProgressSummary summary = summariseProgress(m_log, query);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    pdf.setTitle(tr("Rode Draad coaching report"));
    pdf.setCreator(u"Rode Draad"_s);

    const QString period =
        tr("%1 to %2").arg(localMonth(data.months.value(0)), localDate(query.to));
    PageWriter out(pdf, tr("Rode Draad · coaching report · %1 · %2").arg(subject(), period));
    Draw draw{out, data, summary, period};
    cover(draw);
    summarySection(draw);
    indexSection(draw);
    delegationSection(draw);
    recognitionSection(draw);
    followThroughSection(draw);
    openPromptsSection(draw);
    journalSection(draw);

    const int pages = out.pages();
    out.painter().end();
    if (pageCount)
        *pageCount = pages;
    return bytes;
}

void CoachingReport::chart(Draw& draw, ChartKind kind, double height, bool components) const
{
    ProgressChart c(kind);
    c.applyPalette(printPalette());
    c.update(draw.data, subject());
    c.setComponentsVisible(components);
    draw.out.chart(c, height);
}

void CoachingReport::cover(Draw& draw) const
{
    PageWriter& out = draw.out;
    const ProgressSummary& summary = draw.summary;
    out.skip(40);
    out.text(heading(Section::Cover), 28, true, QColor(0x8b, 0x1a, 0x1a));
    out.text(tr("From control to facilitation"), 16);
    out.skip(10);
    out.text(tr("Period: %1").arg(draw.period), 12);
    out.text(tr("For: %1").arg(subject()), 12);
    out.text(tr("Facilitation index: %1 in the first quarter, %2 in the last (%3).")
                 .arg(number(summary.index.first), number(summary.index.last),
                      shownChange(summary.index)),
             12);
    out.skip(10);
    out.text(tr("The figures describe what the manager does (how much they talk, how far they "
                "delegate, whether they recognise attempts), never how team members score. "
                "Measure to learn, not to control."),
             10);
    if (m_options.anonymize) {
        out.text(tr("Anonymised: names are replaced by letters, and notes, summaries, titles, "
                    "descriptions and reflections are left out. Only figures and rule ids "
                    "remain."),
                 10, true);
    }
}

namespace {
/// One row of a first-versus-last-quarter table.
QString changeRow(const QString& name, const ProgressSummary::Change& c, bool bold = false)
{
    const QString cell = bold ? u"<td><b>%1</b></td>"_s : u"<td>%1</td>"_s;
    return u"<tr>"_s + cell.arg(esc(name)) + cell.arg(number(c.first)) + cell.arg(number(c.last)) +
           cell.arg(shownChange(c)) + u"</tr>"_s;
}

QString componentList(const QList<IndexComponent>& components)
{
    QStringList names;
    for (IndexComponent c : components)
        names << esc(componentLabel(c));
    return names.join(u", "_s);
}
} // namespace

void CoachingReport::summarySection(Draw& draw) const
{
    const ProgressSummary& summary = draw.summary;
    draw.out.newPage();
    draw.out.heading(heading(Section::Summary));
    QString html =
        u"<p>"_s +
        tr("First quarter: %1 to %2. Last quarter: %3 to %4.")
            .arg(localDate(summary.firstFrom), localDate(summary.firstTo),
                 localDate(summary.lastFrom), localDate(summary.lastTo)) +
        u"</p><table cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            tr("Figure"), tr("First quarter"), tr("Last quarter"), tr("Change"));
    html += changeRow(tr("Facilitation index"), summary.index, true);
    for (int c = 0; c < IndexComponentCount; ++c)
        html += changeRow(componentLabel(IndexComponent(c)), summary.components.at(size_t(c)));
    html += u"</table>"_s;
    html += u"<h2>%1</h2><p>%2</p>"_s.arg(
        tr("What improved"),
        summary.improved.isEmpty()
            ? tr("No component rose by %1 points or more.").arg(ProgressSummary::threshold)
            : componentList(summary.improved));
    html += u"<h2>%1</h2><p>%2</p>"_s.arg(tr("What to work on next"),
                                          summary.workOn.isEmpty() ? tr("Not enough data yet.")
                                                                   : componentList(summary.workOn));
    if (!summary.people.isEmpty())
        html += peopleTable(summary);
    draw.out.flow(html);
}

QString CoachingReport::peopleTable(const ProgressSummary& summary) const
{
    // A page of names helps nobody: beyond 20 people, the biggest rises and falls.
    QList<ProgressSummary::PersonChange> shown = summary.people;
    QString note;
    if (shown.size() > 20) {
        QList<ProgressSummary::PersonChange> changed;
        for (const auto& p : std::as_const(shown)) {
            if (p.index.delta())
                changed << p;
        }
        std::stable_sort(changed.begin(), changed.end(), [](const auto& x, const auto& y) {
            return *x.index.delta() > *y.index.delta();
        });
        shown = changed.mid(0, 10);
        for (qsizetype n = std::max<qsizetype>(10, changed.size() - 10); n < changed.size(); ++n)
            shown << changed.at(n);
        note = u"<p class=\"muted\">%1</p>"_s.arg(
            tr("The ten biggest rises and the ten biggest falls of %n team members.", nullptr,
               int(summary.people.size())));
    }
    QString html = u"<h2>%1</h2>%2<table cellspacing=\"0\"><tr><th>%3</th><th>%4</th><th>%5</th>"
                   "<th>%6</th></tr>"_s.arg(tr("Index per person"), note, tr("Person"),
                                            tr("First quarter"), tr("Last quarter"), tr("Change"));
    for (const ProgressSummary::PersonChange& p : std::as_const(shown))
        html += changeRow(personName(p.personId), p.index);
    return html + u"</table>"_s;
}

void CoachingReport::indexSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::Index));
    chart(draw, ChartKind::Index, 105, true);
    QString table =
        u"<table cellspacing=\"0\" style=\"font-size: 8pt\"><tr><th>%1</th><th>%2</th>"_s.arg(
            tr("Month"), tr("Index"));
    for (int c = 0; c < IndexComponentCount; ++c)
        table += u"<th>%1</th>"_s.arg(esc(componentLabel(IndexComponent(c))));
    table += u"</tr>"_s;
    for (const IndexMonth& m : draw.data.index) {
        table += u"<tr><td>%1</td><td><b>%2</b></td>"_s.arg(localMonth(m.month), number(m.index));
        for (int c = 0; c < IndexComponentCount; ++c)
            table += u"<td>%1</td>"_s.arg(number(m.component(IndexComponent(c))));
        table += u"</tr>"_s;
    }
    draw.out.flow(table + u"</table>"_s);
}

void CoachingReport::delegationSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::Delegation));
    chart(draw, ChartKind::LevelMix, 110);
    chart(draw, ChartKind::Board, 110);
}

void CoachingReport::recognitionSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::Recognition));
    chart(draw, ChartKind::Recognition, 110);
    chart(draw, ChartKind::Rhythm, 110);
}

void CoachingReport::followThroughSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::FollowThrough));
    chart(draw, ChartKind::FollowThrough, 110);
    draw.out.text(tr("Raised counts each signal once, in the month it first appeared. Done, "
                     "snoozed and dismissed count what the manager did with signals that month."),
                  9, false, QColor(0x60, 0x60, 0x60));
}

void CoachingReport::openPromptsSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::OpenPrompts));
    // One paragraph per prompt: what the logs show (the title carries the
    // figures), for whom, and the question and action. The evidence lists stay
    // in the app. A large team's hundreds of prompts are grouped by rule
    // instead, with the people each rule concerns: what a coach can read.
    const ProgressQuery& query = m_options.query;
    QList<const Prompt*> shown;
    for (const Prompt& p : m_prompts) {
        if (query.personId.isEmpty() || p.personId == query.personId)
            shown << &p;
    }
    const bool grouped = shown.size() > groupPromptsAbove;
    QString html;
    if (grouped) {
        html += u"<p class=\"muted\">%1</p>"_s.arg(
            tr("%n open signals, grouped by rule.", nullptr, int(shown.size())));
    }
    for (Lever lever : allValues<Lever>()) {
        QString items;
        int count = 0;
        QStringList rules;                  // in the engine's order of first appearance
        QHash<QString, QStringList> people; // rule → who it concerns
        for (const Prompt* p : std::as_const(shown)) {
            if (p->lever != lever)
                continue;
            ++count;
            if (grouped) {
                if (!people.contains(p->rule))
                    rules << p->rule;
                people[p->rule] << personName(p->personId);
            } else {
                items += promptParagraph(*p);
            }
        }
        for (const QString& rule : std::as_const(rules)) {
            QStringList who = people.value(rule);
            who.removeDuplicates();
            items += u"<p><b>%1</b> (%2) · %3<br/>%4</p>"_s.arg(
                esc(ruleName(rule)), esc(rule),
                tr("%n open", nullptr, int(people.value(rule).size())), esc(who.join(u", "_s)));
        }
        html += u"<h2>%1 (%2)</h2>"_s.arg(esc(label(lever))).arg(count);
        html +=
            items.isEmpty() ? u"<p class=\"muted\">%1</p>"_s.arg(tr("No open signals.")) : items;
    }
    draw.out.flow(html);
}

QString CoachingReport::promptParagraph(const Prompt& p) const
{
    // The prompts come from the engine, not the log: anonymised, a prompt
    // shows its rule, never its title, question or step (they name people).
    if (m_options.anonymize)
        return u"<p><b>%1</b> (%2) · %3 · %4</p>"_s.arg(esc(p.rule), esc(ruleName(p.rule)),
                                                        esc(personName(p.personId)),
                                                        esc(label(p.severity)));
    return u"<p><b>%1</b> · %2 · %3<br/><i>%4</i> %5 <i>%6</i> %7</p>"_s.arg(
        esc(p.title), esc(personName(p.personId)), esc(label(p.severity)), esc(tr("Ask:")),
        esc(p.question), esc(tr("Step:")), esc(p.action));
}

void CoachingReport::journalSection(Draw& draw) const
{
    draw.out.newPage();
    draw.out.heading(heading(Section::Journal));
    const ProgressQuery& query = m_options.query;
    QString html;
    int entries = 0;
    for (const JournalEntry& e : learningJournal(m_log)) {
        if (e.on < draw.data.months.value(0) || e.on > query.to ||
            (!query.personId.isEmpty() && e.personId != query.personId))
            continue;
        ++entries;
        html += u"<p><b>%1</b> · %2 (%3) · %4"_s.arg(localDate(e.on), esc(ruleName(e.rule)),
                                                     esc(e.rule), esc(personName(e.personId)));
        if (!e.reflection.isEmpty()) // an anonymised log has none
            html += u"<br/>%1"_s.arg(esc(e.reflection));
        html += u"</p>"_s;
    }
    if (entries == 0)
        html =
            u"<p class=\"muted\">%1</p>"_s.arg(tr("No signals were marked done in this period."));
    draw.out.flow(html);
}

} // namespace rd::ui
