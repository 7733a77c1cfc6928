// The six progress charts as data: their series, axes, words and tooltips.
#include "ChartSpecs.h"

#include "coaching/FacilitationIndex.h"
#include "ProgressChart.h"
#include "Theme.h"

#include <array>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

/// A text marked with QT_TRANSLATE_NOOP("rd::ui::ProgressChart", …), in the current language.
QString translated(const char* text, int n = -1)
{
    return QCoreApplication::translate("rd::ui::ProgressChart", text, nullptr, n);
}

QString figure(std::optional<double> value, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) : u"–"_s;
}

/// A value of every month of `months`.
template <typename Month, typename F>
MonthValues each(const QList<Month>& months, F value)
{
    MonthValues values;
    values.reserve(months.size());
    for (const Month& m : months)
        values << std::optional<double>(value(m));
    return values;
}

/// The largest value of `value` over `months`.
template <typename Month, typename F>
double largest(const QList<Month>& months, F value)
{
    double max = 0;
    for (const Month& m : months)
        max = std::max(max, double(value(m)));
    return max;
}

QString statusName(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Held:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Held"));
    case MeetingStatus::Moved:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Moved"));
    case MeetingStatus::Cancelled:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Cancelled"));
    }
    return {};
}

QString stateName(PromptStateKind state)
{
    switch (state) {
    case PromptStateKind::Done:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Done"));
    case PromptStateKind::Snoozed:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Snoozed"));
    case PromptStateKind::Dismissed:
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Dismissed"));
    }
    return {};
}

SeriesSpec bars(QString id, std::function<QString()> name, QColor colour,
                std::function<MonthValues(const ProgressData&)> values)
{
    return {std::move(id), std::move(name),  true, false, LineRole::Among,
            colour,        std::move(values)};
}

SeriesSpec line(QString id, std::function<QString()> name, LineRole role,
                std::function<MonthValues(const ProgressData&)> values, bool onRight = false,
                QColor colour = {})
{
    return {std::move(id), std::move(name), false, onRight, role, colour, std::move(values)};
}

ChartSpec indexChart()
{
    ChartSpec c;
    c.stem = u"index"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Facilitation index"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP(
            "rd::ui::ProgressChart", "No index yet for this period. Log one-on-ones, decisions "
                                     "or recognised initiatives to see it."));
    };
    c.left = {
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Index (0–100)")); },
        std::pair(0.0, 100.0),
        5,
        {},
        4};
    c.series << line(
        u"index"_s,
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Facilitation index")); },
        LineRole::Headline,
        [](const ProgressData& d) {
            MonthValues values;
            for (const IndexMonth& m : d.index)
                values << m.index;
            return values;
        });
    for (int n = 0; n < IndexComponentCount; ++n) {
        const auto component = IndexComponent(n);
        SeriesSpec& added = c.series.emplace_back(line(
            componentId(component), [component] { return componentLabel(component); },
            LineRole::Among,
            [component](const ProgressData& d) {
                MonthValues values;
                for (const IndexMonth& m : d.index)
                    values << m.component(component);
                return values;
            }));
        added.onRequest = true;
    }
    c.hasData = [](const ProgressData& d) {
        return d.hasIndex();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        const IndexMonth& m = d.index.at(month);
        QStringList parts{translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Index %1"))
                              .arg(figure(m.index))};
        for (int n = 0; n < IndexComponentCount; ++n)
            parts << translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "%1 %2"))
                         .arg(componentLabel(IndexComponent(n)),
                              figure(m.component(IndexComponent(n))));
        return parts;
    };
    return c;
}

ChartSpec levelMixChart()
{
    ChartSpec c;
    c.stem = u"levelMix"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Delegation level mix"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart",
                                            "No decisions in this period. Log the decisions you "
                                            "delegate (Ctrl+2) to see their levels."));
    };
    c.left = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Decisions")); },
              std::nullopt, 5,
              [](const ProgressData& d) {
                  return largest(d.levelMix, [](const LevelMixMonth& m) { return m.total(); });
              }};
    c.right = {
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Mean level (1–7)")); },
        std::pair(double(MinLevel), double(MaxLevel)),
        LevelCount,
        {},
        4};
    for (DelegationLevel level : allValues<DelegationLevel>()) {
        const auto at = size_t(toInt(level) - MinLevel);
        c.series << bars(
            toId(level), [level] { return levelDisplay(level); }, theme::level(level),
            [at](const ProgressData& d) {
                return each(d.levelMix,
                            [at](const LevelMixMonth& m) { return m.decisions.at(at); });
            });
    }
    c.series << line(
        u"meanLevel"_s,
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Mean level")); },
        LineRole::Headline,
        [](const ProgressData& d) {
            MonthValues values;
            for (const LevelMixMonth& m : d.levelMix)
                values << m.meanLevel;
            return values;
        },
        true);
    c.legendBeside = true;
    c.hasData = [](const ProgressData& d) {
        return d.hasDecisions();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        const LevelMixMonth& m = d.levelMix.at(month);
        return QStringList{
            translated(QT_TRANSLATE_N_NOOP("rd::ui::ProgressChart", "%n decision(s)"), m.total()),
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "mean level %1"))
                .arg(figure(m.meanLevel, 1))};
    };
    return c;
}

ChartSpec boardChart()
{
    ChartSpec c;
    c.stem = u"board"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Delegation board over time"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP(
            "rd::ui::ProgressChart", "No delegation board yet. Log the level you agreed per area "
                                     "on the Delegation board page to see it move over time."));
    };
    c.left = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Level (1–7)")); },
              std::pair(double(MinLevel), double(MaxLevel)),
              LevelCount,
              {},
              4};
    c.linePerArea = true;
    c.legendBeside = true;
    c.hasData = [](const ProgressData& d) {
        return d.hasBoard();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        QStringList parts;
        for (const BoardTrack& t : d.board)
            parts << translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "%1 %2"))
                         .arg(t.area, figure(t.levels.at(month), 1));
        return parts;
    };
    return c;
}

ChartSpec recognitionChart()
{
    ChartSpec c;
    c.stem = u"recognition"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Recognition"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP(
            "rd::ui::ProgressChart", "No recognitions in this period. Log initiatives (Ctrl+3) "
                                     "and when you recognised them."));
    };
    c.left = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Recognitions")); },
              std::nullopt, 5,
              [](const ProgressData& d) {
                  return largest(d.recognition, [](const RecognitionMonth& m) {
                      return m.initiative + m.compliance;
                  });
              }};
    c.right = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Days")); },
               std::nullopt, 5,
               [](const ProgressData& d) {
                   double max = 0;
                   for (const RecognitionMonth& m : d.recognition)
                       max = std::max(max, m.medianDays.value_or(0));
                   return max;
               },
               7};
    c.series << bars(
        toId(InitiativeKind::Initiative),
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Initiative")); },
        theme::initiativeKind(InitiativeKind::Initiative),
        [](const ProgressData& d) {
            return each(d.recognition, [](const RecognitionMonth& m) { return m.initiative; });
        });
    c.series << bars(
        toId(InitiativeKind::Compliance),
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Compliance")); },
        theme::initiativeKind(InitiativeKind::Compliance),
        [](const ProgressData& d) {
            return each(d.recognition, [](const RecognitionMonth& m) { return m.compliance; });
        });
    c.series << line(
        u"failedOrPartial"_s,
        [] {
            return translated(
                QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Failed or partial, recognised"));
        },
        LineRole::Beside,
        [](const ProgressData& d) {
            return each(d.recognition, [](const RecognitionMonth& m) { return m.failedOrPartial; });
        },
        false, theme::qualitative(3));
    c.series << line(
        u"medianDays"_s,
        [] {
            return translated(
                QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Median days to recognition"));
        },
        LineRole::Beside,
        [](const ProgressData& d) {
            MonthValues values;
            for (const RecognitionMonth& m : d.recognition)
                values << m.medianDays;
            return values;
        },
        true, theme::qualitative(5));
    c.legendBeside = true;
    c.hasData = [](const ProgressData& d) {
        return d.hasRecognitions();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        const RecognitionMonth& m = d.recognition.at(month);
        return QStringList{
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "%1 initiative, %2 compliance"))
                .arg(m.initiative)
                .arg(m.compliance),
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "median %1 days"))
                .arg(figure(m.medianDays)),
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "%1 failed or partial"))
                .arg(m.failedOrPartial)};
    };
    return c;
}

ChartSpec rhythmChart()
{
    ChartSpec c;
    c.stem = u"rhythm"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "One-on-one rhythm"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart",
                                            "No one-on-ones in this period. Log your one-on-ones "
                                            "(Ctrl+1), held, moved or cancelled."));
    };
    c.left = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "One-on-ones")); },
              std::nullopt, 5,
              [](const ProgressData& d) {
                  double max = 0;
                  for (const RhythmMonth& m : d.rhythm)
                      max = std::max({max, double(m.held + m.moved + m.cancelled), m.due});
                  return max;
              }};
    c.right = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Percent")); },
               std::pair(0.0, 100.0),
               5,
               {},
               4};
    // Held at the bottom, then moved, then cancelled on top: the order of the stack.
    for (MeetingStatus status :
         {MeetingStatus::Held, MeetingStatus::Moved, MeetingStatus::Cancelled}) {
        c.series << bars(
            toId(status), [status] { return statusName(status); }, theme::meetingStatus(status),
            [status](const ProgressData& d) {
                return each(d.rhythm, [status](const RhythmMonth& m) {
                    return status == MeetingStatus::Held    ? m.held
                           : status == MeetingStatus::Moved ? m.moved
                                                            : m.cancelled;
                });
            });
    }
    c.series << line(
        u"due"_s,
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Due by cadence")); },
        LineRole::Due,
        [](const ProgressData& d) {
            return each(d.rhythm, [](const RhythmMonth& m) { return m.due; });
        });
    c.series << line(
        u"talkShare"_s,
        [] {
            return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Your talk share (%)"));
        },
        LineRole::Beside,
        [](const ProgressData& d) {
            MonthValues values;
            for (const RhythmMonth& m : d.rhythm)
                values << m.talkShare;
            return values;
        },
        true, theme::qualitative(4));
    c.series << line(
        u"agendaOwnership"_s,
        [] {
            return translated(
                QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Agenda raised by members (%)"));
        },
        LineRole::Beside,
        [](const ProgressData& d) {
            MonthValues values;
            for (const RhythmMonth& m : d.rhythm)
                values << m.agendaOwnership;
            return values;
        },
        true, theme::qualitative(7));
    c.legendBeside = true;
    c.hasData = [](const ProgressData& d) {
        return d.hasMeetings();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        const RhythmMonth& m = d.rhythm.at(month);
        return QStringList{
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart",
                                         "%1 held, %2 moved, %3 cancelled, %4 due"))
                .arg(m.held)
                .arg(m.moved)
                .arg(m.cancelled)
                .arg(figure(m.due, 1)),
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "talk share %1%"))
                .arg(figure(m.talkShare)),
            translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "agenda by members %1%"))
                .arg(figure(m.agendaOwnership))};
    };
    return c;
}

ChartSpec followThroughChart()
{
    ChartSpec c;
    c.stem = u"followThrough"_s;
    c.title = [] {
        return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Follow-through on signals"));
    };
    c.emptyText = [] {
        return translated(QT_TRANSLATE_NOOP(
            "rd::ui::ProgressChart", "No signals in this period. Signals appear as you log; mark "
                                     "them done, snoozed or dismissed on Today."));
    };
    c.left = {[] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Signals")); },
              std::nullopt, 5,
              [](const ProgressData& d) {
                  double max = 0;
                  for (const FollowThroughMonth& m : d.followThrough)
                      max = std::max({max, double(m.raised), double(m.done), double(m.snoozed),
                                      double(m.dismissed)});
                  return max;
              }};
    c.stacked = false;
    c.series << bars(
        u"raised"_s,
        [] { return translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart", "Raised")); },
        theme::promptsRaised(),
        [](const ProgressData& d) {
            return each(d.followThrough, [](const FollowThroughMonth& m) { return m.raised; });
        });
    for (PromptStateKind state : allValues<PromptStateKind>()) {
        c.series << bars(
            toId(state), [state] { return stateName(state); }, theme::promptState(state),
            [state](const ProgressData& d) {
                return each(d.followThrough, [state](const FollowThroughMonth& m) {
                    return state == PromptStateKind::Done      ? m.done
                           : state == PromptStateKind::Snoozed ? m.snoozed
                                                               : m.dismissed;
                });
            });
    }
    c.hasData = [](const ProgressData& d) {
        return d.hasPromptActivity();
    };
    c.monthParts = [](const ProgressData& d, int month) {
        const FollowThroughMonth& m = d.followThrough.at(month);
        return QStringList{translated(QT_TRANSLATE_NOOP("rd::ui::ProgressChart",
                                                        "%1 raised, %2 done, %3 snoozed, %4 "
                                                        "dismissed"))
                               .arg(m.raised)
                               .arg(m.done)
                               .arg(m.snoozed)
                               .arg(m.dismissed)};
    };
    return c;
}

} // namespace

const ChartSpec& chartSpec(ChartKind kind)
{
    // Built on first use, after the translations' loader: the words are
    // functions, so they follow a language switch.
    static const std::array<ChartSpec, ChartKindCount> specs{indexChart(),  levelMixChart(),
                                                             boardChart(),  recognitionChart(),
                                                             rhythmChart(), followThroughChart()};
    return specs.at(size_t(kind));
}

} // namespace rd::ui
