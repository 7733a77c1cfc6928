// The words of the progress charts: titles, axis and series names, empty
// states and the hover summary of a month. Kept apart from the chart
// mechanics in ProgressChart.cpp.
#include "i18n/LocalDate.h"
#include "ProgressChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString figure(std::optional<double> value, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) : u"–"_s;
}

} // namespace

QString ProgressChart::title() const
{
    switch (m_kind) {
    case ChartKind::Index:
        return tr("Facilitation index");
    case ChartKind::LevelMix:
        return tr("Delegation level mix");
    case ChartKind::Board:
        return tr("Delegation board over time");
    case ChartKind::Recognition:
        return tr("Recognition");
    case ChartKind::Rhythm:
        return tr("One-on-one rhythm");
    case ChartKind::FollowThrough:
        return tr("Follow-through on prompts");
    }
    return {};
}

QString ProgressChart::emptyText() const
{
    switch (m_kind) {
    case ChartKind::Index:
        return tr("No index yet for this period. Log one-on-ones, decisions or recognised "
                  "initiatives to see it.");
    case ChartKind::LevelMix:
        return tr("No decisions in this period. Log the decisions you delegate (Ctrl+2) to "
                  "see their levels.");
    case ChartKind::Board:
        return tr("No delegation board yet. Log the level you agreed per area on the "
                  "Delegation board page to see it move over time.");
    case ChartKind::Recognition:
        return tr("No recognitions in this period. Log initiatives (Ctrl+3) and when you "
                  "recognised them.");
    case ChartKind::Rhythm:
        return tr("No one-on-ones in this period. Log your one-on-ones (Ctrl+1), held, "
                  "moved or cancelled.");
    case ChartKind::FollowThrough:
        return tr("No prompts in this period. Prompts appear as you log; mark them done, "
                  "snoozed or dismissed on Today.");
    }
    return {};
}

void ProgressChart::retitleAxes()
{
    const QString chartTitle = m_subject.isEmpty() ? title() : tr("%1: %2").arg(title(), m_subject);
    if (m_chart->title() != chartTitle)
        m_chart->setTitle(chartTitle);
    // The labels name the month only ("jan"), so they fit side by side; the
    // title says which months they are, and where the last one stops short
    // ("to 1 December 2026"), so a month just begun does not read as a drop.
    const QList<QDate>& months = m_data.months;
    const bool partial = !months.isEmpty() && m_data.asOf.isValid() &&
                         m_data.asOf < months.last().addMonths(1).addDays(-1);
    m_months->setTitleText(
        months.isEmpty() ? tr("Month")
                         : tr("Month, %1 to %2")
                               .arg(localMonth(months.first()),
                                    partial ? localDate(m_data.asOf) : localMonth(months.last())));
    auto name = [this](const QString& id, const QString& text) {
        for (QLineSeries* line : std::as_const(m_lines)) {
            if (line->objectName() == id && line->name() != text)
                line->setName(text);
        }
        for (QBarSet* set : std::as_const(m_sets)) {
            if (set->objectName() == id && set->label() != text)
                set->setLabel(text);
        }
    };
    switch (m_kind) {
    case ChartKind::Index:
        m_left->setTitleText(tr("Index (0–100)"));
        name(u"index"_s, tr("Facilitation index"));
        for (int c = 0; c < IndexComponentCount; ++c)
            name(componentId(IndexComponent(c)), componentLabel(IndexComponent(c)));
        break;
    case ChartKind::LevelMix:
        m_left->setTitleText(tr("Decisions"));
        m_right->setTitleText(tr("Mean level (1–7)"));
        for (DelegationLevel level : allValues<DelegationLevel>())
            name(toId(level), levelDisplay(level));
        name(u"meanLevel"_s, tr("Mean level"));
        break;
    case ChartKind::Board:
        m_left->setTitleText(tr("Level (1–7)"));
        break;
    case ChartKind::Recognition:
        m_left->setTitleText(tr("Recognitions"));
        m_right->setTitleText(tr("Days"));
        name(u"initiative"_s, tr("Initiative"));
        name(u"compliance"_s, tr("Compliance"));
        name(u"failedOrPartial"_s, tr("Failed or partial, recognised"));
        name(u"medianDays"_s, tr("Median days to recognition"));
        break;
    case ChartKind::Rhythm:
        m_left->setTitleText(tr("One-on-ones"));
        m_right->setTitleText(tr("Percent"));
        name(u"held"_s, tr("Held"));
        name(u"moved"_s, tr("Moved"));
        name(u"cancelled"_s, tr("Cancelled"));
        name(u"due"_s, tr("Due by cadence"));
        name(u"talkShare"_s, tr("Your talk share (%)"));
        name(u"agendaOwnership"_s, tr("Agenda raised by members (%)"));
        break;
    case ChartKind::FollowThrough:
        m_left->setTitleText(tr("Prompts"));
        name(u"raised"_s, tr("Raised"));
        name(u"done"_s, tr("Done"));
        name(u"snoozed"_s, tr("Snoozed"));
        name(u"dismissed"_s, tr("Dismissed"));
        break;
    }
}

QString ProgressChart::monthSummary(int month) const
{
    if (month < 0 || month >= m_data.months.size())
        return {};
    const QString when = localMonth(m_data.months.at(month));
    QStringList parts;
    switch (m_kind) {
    case ChartKind::Index: {
        const IndexMonth& m = m_data.index.at(month);
        parts << tr("Index %1").arg(figure(m.index));
        for (int c = 0; c < IndexComponentCount; ++c)
            parts << tr("%1 %2").arg(componentLabel(IndexComponent(c)),
                                     figure(m.component(IndexComponent(c))));
        break;
    }
    case ChartKind::LevelMix: {
        const LevelMixMonth& m = m_data.levelMix.at(month);
        parts << tr("%n decision(s)", nullptr, m.total())
              << tr("mean level %1").arg(figure(m.meanLevel, 1));
        break;
    }
    case ChartKind::Board:
        for (const BoardTrack& t : m_data.board)
            parts << tr("%1 %2").arg(t.area, figure(t.levels.at(month), 1));
        break;
    case ChartKind::Recognition: {
        const RecognitionMonth& m = m_data.recognition.at(month);
        parts << tr("%1 initiative, %2 compliance").arg(m.initiative).arg(m.compliance)
              << tr("median %1 days").arg(figure(m.medianDays))
              << tr("%1 failed or partial").arg(m.failedOrPartial);
        break;
    }
    case ChartKind::Rhythm: {
        const RhythmMonth& m = m_data.rhythm.at(month);
        parts << tr("%1 held, %2 moved, %3 cancelled, %4 due")
                     .arg(m.held)
                     .arg(m.moved)
                     .arg(m.cancelled)
                     .arg(figure(m.due, 1))
              << tr("talk share %1%").arg(figure(m.talkShare))
              << tr("agenda by members %1%").arg(figure(m.agendaOwnership));
        break;
    }
    case ChartKind::FollowThrough: {
        const FollowThroughMonth& m = m_data.followThrough.at(month);
        parts << tr("%1 raised, %2 done, %3 snoozed, %4 dismissed")
                     .arg(m.raised)
                     .arg(m.done)
                     .arg(m.snoozed)
                     .arg(m.dismissed);
        break;
    }
    }
    return when + u"\n"_s + parts.join(u'\n');
}

} // namespace rd::ui
