#include "Progress.h"

#include "Journal.h"
#include "MonthSlots.h"
#include "PromptEngine.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QHash>
#include <QSet>

namespace rd {

namespace {

QDate monthOf(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate monthEnd(QDate month)
{
    return month.addMonths(1).addDays(-1);
}

std::optional<double> mean(double sum, int count)
{
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(mid);
    return (values.at(mid - 1) + values.at(mid)) / 2.0;
}

std::optional<double> meanOf(const QList<std::optional<double>>& values)
{
    double sum = 0;
    int count = 0;
    for (const auto& v : values) {
        if (v) {
            sum += *v;
            ++count;
        }
    }
    return mean(sum, count);
}

/// Only this person's entries (and the person), for per-person figures in one pass.
QHash<QString, TeamLog> splitByPerson(const TeamLog& log)
{
    QHash<QString, TeamLog> parts;
    for (const Person& p : log.people)
        parts[p.id].people << p;
    for (const OneOnOne& m : log.oneOnOnes)
        parts[m.personId].oneOnOnes << m;
    for (const Decision& d : log.decisions)
        parts[d.personId].decisions << d;
    for (const Initiative& i : log.initiatives)
        parts[i.personId].initiatives << i;
    for (const BoardEntry& b : log.board)
        parts[b.personId].board << b;
    return parts;
}

} // namespace

ProgressQuery progressPeriod(int months, QDate asOf, QDate firstLogged, QString personId)
{
    ProgressQuery query;
    query.to = asOf;
    query.personId = std::move(personId);
    if (months > 0)
        query.from = monthOf(asOf).addMonths(-(months - 1));
    else
        query.from =
            firstLogged.isValid() && firstLogged <= asOf ? monthOf(firstLogged) : monthOf(asOf);
    return query;
}

int LevelMixMonth::total() const
{
    int sum = 0;
    for (int n : decisions)
        sum += n;
    return sum;
}

QList<QDate> historyMonths(QDate from, QDate asOf)
{
    QList<QDate> months;
    if (!from.isValid() || !asOf.isValid() || from > asOf)
        return months;
    for (QDate month = monthOf(from); month <= asOf; month = month.addMonths(1))
        months << month;
    return months;
}

QList<RaisedPrompt> raisedInMonth(const PromptEngine& engine, const TeamLog& log, QDate month,
                                  QDate asOf)
{
    QList<RaisedPrompt> raised;
    const QDate end = std::min(monthEnd(month), asOf);
    for (const Prompt& p : engine.evaluate(log, end))
        raised << RaisedPrompt{p.key, p.rule, p.personId, p.lever, month};
    return raised;
}

QList<RaisedPrompt> firstRaised(const QList<QList<RaisedPrompt>>& perMonth)
{
    QList<RaisedPrompt> history;
    QSet<QString> seen;
    for (const QList<RaisedPrompt>& month : perMonth) {
        for (const RaisedPrompt& p : month) {
            if (!seen.contains(p.key)) {
                seen.insert(p.key);
                history << p;
            }
        }
    }
    return history;
}

QList<RaisedPrompt> promptHistory(const PromptEngine& engine, const TeamLog& log, QDate from,
                                  QDate asOf)
{
    QList<QList<RaisedPrompt>> perMonth;
    for (QDate month : historyMonths(from, asOf))
        perMonth << raisedInMonth(engine, log, month, asOf);
    return firstRaised(perMonth);
}

bool ProgressData::hasIndex() const
{
    return std::any_of(index.cbegin(), index.cend(),
                       [](const IndexMonth& m) { return m.index.has_value(); });
}

bool ProgressData::hasDecisions() const
{
    return std::any_of(levelMix.cbegin(), levelMix.cend(),
                       [](const LevelMixMonth& m) { return m.total() > 0; });
}

bool ProgressData::hasBoard() const
{
    return std::any_of(board.cbegin(), board.cend(), [](const BoardTrack& t) {
        return std::any_of(t.levels.cbegin(), t.levels.cend(),
                           [](const auto& v) { return v.has_value(); });
    });
}

bool ProgressData::hasRecognitions() const
{
    return std::any_of(recognition.cbegin(), recognition.cend(),
                       [](const RecognitionMonth& m) { return m.initiative + m.compliance > 0; });
}

bool ProgressData::hasMeetings() const
{
    return std::any_of(rhythm.cbegin(), rhythm.cend(),
                       [](const RhythmMonth& m) { return m.held + m.moved + m.cancelled > 0; });
}

bool ProgressData::hasPromptActivity() const
{
    return std::any_of(followThrough.cbegin(), followThrough.cend(),
                       [](const FollowThroughMonth& m) {
                           return m.raised + m.done + m.snoozed + m.dismissed > 0;
                       });
}

namespace {

/// The months a query covers and which entries fall in them: what every
/// series of computeProgress() shares.
struct Frame
{
    Frame(const ProgressQuery& query, QList<QDate> monthList)
        : personId(query.personId)
        , asOf(query.to)
        , months(std::move(monthList))
        , slotOf(months.value(0), months.size())
    {}
    bool included(const QString& person) const { return personId.isEmpty() || person == personId; }
    /// The month of an entry dated `date` about `person`, or -1 when it does not count.
    int slot(QDate date, const QString& person) const
    {
        return date <= asOf && included(person) ? slotOf(date) : -1;
    }
    qsizetype count() const { return months.size(); }
    QDate end(qsizetype n) const { return std::min(monthEnd(months.at(n)), asOf); }

    QString personId;
    QDate asOf;
    QList<QDate> months;
    MonthSlots slotOf;
};

/// One element per month, with its `month` set.
template <typename Month>
QList<Month> monthly(const Frame& frame)
{
    QList<Month> series(frame.count());
    for (qsizetype n = 0; n < frame.count(); ++n)
        series[n].month = frame.months.at(n);
    return series;
}

QList<LevelMixMonth> levelMixSeries(const TeamLog& log, const Frame& frame)
{
    QList<LevelMixMonth> series = monthly<LevelMixMonth>(frame);
    for (const Decision& d : log.decisions) {
        const int n = frame.slot(d.date, d.personId);
        if (n >= 0)
            ++series[n].decisions.at(size_t(toInt(d.level) - MinLevel));
    }
    for (LevelMixMonth& m : series) {
        double sum = 0;
        for (size_t level = 0; level < m.decisions.size(); ++level)
            sum += double(MinLevel + int(level)) * m.decisions.at(level);
        m.meanLevel = mean(sum, m.total());
    }
    return series;
}

/// The board: the agreements swept in date order, sampled at each month's end.
QList<BoardTrack> boardSeries(const TeamLog& log, const Frame& frame)
{
    QList<const BoardEntry*> agreements;
    for (const BoardEntry& b : log.board) {
        if (b.agreedOn.isValid() && b.agreedOn <= frame.asOf && frame.included(b.personId))
            agreements << &b;
    }
    std::stable_sort(agreements.begin(), agreements.end(),
                     [](const BoardEntry* a, const BoardEntry* b) {
                         return std::tie(a->agreedOn, a->id) < std::tie(b->agreedOn, b->id);
                     });
    std::map<QString, std::map<QString, int>> cells; // area → person → level
    for (const BoardEntry* b : agreements)
        cells[b->area];
    QList<BoardTrack> tracks;
    std::map<QString, qsizetype> trackOf;
    for (const auto& [area, _] : cells) {
        trackOf[area] = tracks.size();
        tracks << BoardTrack{area, {}};
    }
    qsizetype next = 0;
    for (qsizetype n = 0; n < frame.count(); ++n) {
        const QDate end = frame.end(n);
        for (; next < agreements.size() && agreements.at(next)->agreedOn <= end; ++next) {
            const BoardEntry* b = agreements.at(next);
            cells[b->area][b->personId] = toInt(b->level);
        }
        for (const auto& [area, people] : cells) {
            double sum = 0;
            for (const auto& [person, level] : people)
                sum += level;
            tracks[trackOf.at(area)].levels << mean(sum, int(people.size()));
        }
    }
    return tracks;
}

/// Recognitions, in the month they were given.
QList<RecognitionMonth> recognitionSeries(const TeamLog& log, const Frame& frame)
{
    QList<RecognitionMonth> series = monthly<RecognitionMonth>(frame);
    QList<QList<int>> days(frame.count());
    for (const Initiative& i : log.initiatives) {
        const int n = frame.slot(i.recognisedOn, i.personId);
        if (n < 0)
            continue;
        RecognitionMonth& m = series[n];
        ++(i.kind == InitiativeKind::Initiative ? m.initiative : m.compliance);
        if (i.outcome == InitiativeOutcome::Failed || i.outcome == InitiativeOutcome::Partly)
            ++m.failedOrPartial;
        if (i.date.isValid())
            days[n] << int(std::max<qint64>(0, i.date.daysTo(i.recognisedOn)));
    }
    for (qsizetype n = 0; n < frame.count(); ++n)
        series[n].medianDays = median(days.at(n));
    return series;
}

/// The rhythm of one-on-ones: held, moved, cancelled and due, talk share and
/// agenda ownership.
QList<RhythmMonth> rhythmSeries(const TeamLog& log, const Frame& frame)
{
    QList<RhythmMonth> series = monthly<RhythmMonth>(frame);
    struct Talk
    {
        double talkSum = 0;
        int talkMeetings = 0, agendaItems = 0, byMember = 0;
    };
    QList<Talk> talk(frame.count());
    QHash<QString, QDate> lastMeeting;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (m.date <= frame.asOf)
            lastMeeting[m.personId] = std::max(lastMeeting.value(m.personId), m.date);
        const int n = frame.slot(m.date, m.personId);
        if (n < 0)
            continue;
        RhythmMonth& r = series[n];
        ++(m.status == MeetingStatus::Held    ? r.held
           : m.status == MeetingStatus::Moved ? r.moved
                                              : r.cancelled);
        if (m.status != MeetingStatus::Held)
            continue;
        Talk& t = talk[n];
        if (m.talkSharePercent) {
            t.talkSum += *m.talkSharePercent;
            ++t.talkMeetings;
        }
        for (const AgendaItem& item : m.agenda) {
            ++t.agendaItems;
            t.byMember += item.raisedBy == Party::Member ? 1 : 0;
        }
    }
    for (qsizetype n = 0; n < frame.count(); ++n) {
        RhythmMonth& r = series[n];
        for (const Person& p : log.people) {
            if (frame.included(p.id))
                r.due += expectedMeetings(p, r.month, frame.end(n), lastMeeting.value(p.id));
        }
        const Talk& t = talk.at(n);
        r.talkShare = mean(t.talkSum, t.talkMeetings);
        if (t.agendaItems > 0)
            r.agendaOwnership = 100.0 * t.byMember / t.agendaItems;
    }
    return series;
}

/// Follow-through: prompts raised, and what the manager did with them.
QList<FollowThroughMonth>
followThroughSeries(const TeamLog& log, const QList<RaisedPrompt>& history, const Frame& frame)
{
    QList<FollowThroughMonth> series = monthly<FollowThroughMonth>(frame);
    for (const RaisedPrompt& p : history) {
        const int n = frame.slot(p.month, p.personId);
        if (n >= 0)
            ++series[n].raised;
    }
    for (const PromptState& s : log.promptStates) {
        const int n = frame.slot(s.on, splitPromptKey(s.key).personId);
        if (n < 0)
            continue;
        FollowThroughMonth& f = series[n];
        ++(s.state == PromptStateKind::Done      ? f.done
           : s.state == PromptStateKind::Snoozed ? f.snoozed
                                                 : f.dismissed);
    }
    return series;
}

} // namespace

ProgressData computeProgress(const TeamLog& log, const ProgressQuery& query,
                             const QList<RaisedPrompt>& history)
{
    ProgressData data;
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to)
        return data;
    const QDate first = monthOf(query.from);
    data.asOf = query.to;
    for (QDate m = first; m <= query.to; m = m.addMonths(1))
        data.months << m;
    const Frame frame(query, data.months);
    data.index = facilitationIndex(log, first, query.to, query.to, query.personId);
    data.levelMix = levelMixSeries(log, frame);
    data.board = boardSeries(log, frame);
    data.recognition = recognitionSeries(log, frame);
    data.rhythm = rhythmSeries(log, frame);
    data.followThrough = followThroughSeries(log, history, frame);
    return data;
}

ProgressData sliceProgress(const ProgressData& data, QDate from, QDate to)
{
    ProgressData slice;
    if (!from.isValid() || !to.isValid() || from > to)
        return slice;
    const qsizetype first = data.months.indexOf(monthOf(from));
    const qsizetype last = data.months.indexOf(monthOf(to));
    if (first < 0 || last < first)
        return slice;
    const qsizetype count = last - first + 1;
    slice.months = data.months.mid(first, count);
    slice.asOf = std::min(to, data.asOf.isValid() ? data.asOf : to);
    slice.index = data.index.mid(first, count);
    slice.levelMix = data.levelMix.mid(first, count);
    slice.recognition = data.recognition.mid(first, count);
    slice.rhythm = data.rhythm.mid(first, count);
    slice.followThrough = data.followThrough.mid(first, count);
    for (const BoardTrack& track : data.board) {
        BoardTrack part{track.area, track.levels.mid(first, count)};
        if (std::any_of(part.levels.cbegin(), part.levels.cend(),
                        [](const auto& v) { return v.has_value(); }))
            slice.board << part;
    }
    return slice;
}

std::optional<double> ProgressSummary::Change::delta() const
{
    if (!first || !last)
        return std::nullopt;
    return *last - *first;
}

std::optional<long long> ProgressSummary::Change::shownDelta() const
{
    if (!first || !last)
        return std::nullopt;
    return std::llround(*last) - std::llround(*first);
}

ProgressSummary summariseProgress(const TeamLog& log, const ProgressQuery& query)
{
    ProgressSummary summary;
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to)
        return summary;
    const QDate first = monthOf(query.from);
    const QDate last = monthOf(query.to);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int quarter = months >= 6 ? 3 : std::max(1, months / 2);
    summary.firstFrom = first;
    summary.firstTo = std::min(monthEnd(first.addMonths(quarter - 1)), query.to);
    summary.lastFrom = last.addMonths(-(quarter - 1));
    summary.lastTo = query.to;

    auto compare = [&](const QList<IndexMonth>& index, auto value) {
        QList<std::optional<double>> head, tail;
        for (const IndexMonth& m : index) {
            if (m.month <= summary.firstTo)
                head << value(m);
            if (m.month >= summary.lastFrom)
                tail << value(m);
        }
        return ProgressSummary::Change{meanOf(head), meanOf(tail)};
    };

    const QList<IndexMonth> index =
        facilitationIndex(log, first, query.to, query.to, query.personId);
    summary.index = compare(index, [](const IndexMonth& m) { return m.index; });
    for (int c = 0; c < IndexComponentCount; ++c) {
        summary.components.at(size_t(c)) =
            compare(index, [c](const IndexMonth& m) { return m.component(IndexComponent(c)); });
    }

    QList<std::pair<double, IndexComponent>> up, down;
    for (int c = 0; c < IndexComponentCount; ++c) {
        const auto delta = summary.components.at(size_t(c)).delta();
        if (delta && *delta >= ProgressSummary::threshold)
            up.append({-*delta, IndexComponent(c)});
        else if (delta && *delta <= -ProgressSummary::threshold)
            down.append({*delta, IndexComponent(c)});
    }
    std::stable_sort(up.begin(), up.end());
    std::stable_sort(down.begin(), down.end());
    for (const auto& [_, c] : up)
        summary.improved << c;
    for (const auto& [_, c] : down)
        summary.workOn << c;
    if (summary.workOn.isEmpty()) {
        // Nothing declined: the weakest component now is the next thing to work on.
        std::optional<std::pair<double, IndexComponent>> weakest;
        for (int c = 0; c < IndexComponentCount; ++c) {
            const auto now = summary.components.at(size_t(c)).last;
            if (now && (!weakest || *now < weakest->first) &&
                !summary.improved.contains(IndexComponent(c)))
                weakest = std::pair{*now, IndexComponent(c)};
        }
        if (weakest)
            summary.workOn << weakest->second;
    }

    const QHash<QString, TeamLog> parts = splitByPerson(log);
    for (const Person& p : log.people) {
        if (p.archived || (!query.personId.isEmpty() && p.id != query.personId))
            continue;
        const QList<IndexMonth> own =
            facilitationIndex(parts.value(p.id), first, query.to, query.to, p.id);
        summary.people << ProgressSummary::PersonChange{
            p.id, compare(own, [](const IndexMonth& m) { return m.index; })};
    }
    return summary;
}

} // namespace rd
