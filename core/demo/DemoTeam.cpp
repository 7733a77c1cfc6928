#include "DemoTeam.h"

#include "DemoSupport.h"
#include "DemoTexts.h"

#include <algorithm>
#include <cmath>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

/// How the manager behaves with one person, as a function of time t in [0, 1].
struct Story
{
    QString name;
    QString role;
    int cadence = 14;
    int joinedDaysBeforeStart = 200; ///< negative: joined after the logs start
    double talkFrom = 45, talkTo = 40;
    double memberAgendaFrom = 0.5, memberAgendaTo = 0.55;
    double levelFrom = 4, levelTo = 4.5;
    double contextProbability = 0.6;
    double mistakeProbability = 0.3;
    double cancelProbability = 0.08;
    double overrideProbability = 0.05;
    double whyProbability = 0.9;
    double boundariesProbability = 0.8;
    double initiativeShare = 0.6; ///< initiatives rather than compliance
    double recognitionProbability = 0.8;
    int recognitionDelayMax = 6;
    int decisionsPerMonth = 2;
    int initiativesPerMonth = 1;
    double energyFrom = 4, energyTo = 4;
    int stopsMeetingDaysBeforeEnd = 0; ///< the neglected: no 1:1 held in the last N days
    bool failureThenTakenBack = false;
    bool growsOnBoard = false;
    bool reviewsSlip = false;              ///< recent decisions are never reviewed
    bool energyDropsAtEnd = false;         ///< energy falls steadily over the last 100 days
    int failedDecisionPercent = 10;        ///< of the reviewed decisions
    int recognitionStopsDaysBeforeEnd = 0; ///< the overlooked: nothing recognised lately
};

QList<Story> stories(const QStringList& roles)
{
    QList<Story> list;
    Story anna{u"Anna de Vries"_s, roles.at(0)};
    anna.talkFrom = 35;
    anna.talkTo = 28;
    anna.memberAgendaFrom = 0.7;
    anna.memberAgendaTo = 0.8;
    anna.levelFrom = 5.2;
    anna.levelTo = 6.3;
    anna.contextProbability = 0.85;
    anna.mistakeProbability = 0.55;
    anna.initiativeShare = 0.85;
    anna.recognitionProbability = 0.95;
    anna.recognitionDelayMax = 3;
    anna.initiativesPerMonth = 2;
    anna.whyProbability = 1.0;
    anna.boundariesProbability = 1.0;
    anna.recognitionProbability = 1.0;
    anna.cancelProbability = 0.03;
    list << anna;

    Story bram{u"Bram Jansen"_s, roles.at(1), 14, 400};
    bram.talkFrom = 72;
    bram.talkTo = 66;
    bram.memberAgendaFrom = 0.2;
    bram.memberAgendaTo = 0.3;
    bram.levelFrom = 1.6;
    bram.levelTo = 2.6;
    bram.contextProbability = 0.1;
    bram.mistakeProbability = 0.06;
    bram.overrideProbability = 0.3;
    bram.whyProbability = 0.35;
    bram.boundariesProbability = 0.4;
    bram.initiativeShare = 0.25;
    bram.recognitionProbability = 0.7;
    bram.energyFrom = 3.5;
    bram.energyTo = 3;
    bram.reviewsSlip = true;
    list << bram;

    Story chloe{u"Chloé Bakker"_s, roles.at(2), 14, 300};
    chloe.cancelProbability = 0.45;
    chloe.recognitionProbability = 0.25;
    chloe.talkFrom = 50;
    chloe.talkTo = 52;
    chloe.contextProbability = 0.3;
    chloe.mistakeProbability = 0.15;
    chloe.stopsMeetingDaysBeforeEnd = 34;
    chloe.energyFrom = 4;
    chloe.energyTo = 1.8;
    chloe.initiativeShare = 0.7;
    chloe.reviewsSlip = true;
    chloe.energyDropsAtEnd = true;
    chloe.recognitionStopsDaysBeforeEnd = 60;
    list << chloe;

    Story daan{u"Daan Visser"_s, roles.at(3), 14, 120};
    daan.talkFrom = 62;
    daan.talkTo = 34;
    daan.memberAgendaFrom = 0.3;
    daan.memberAgendaTo = 0.75;
    daan.levelFrom = 2.0;
    daan.levelTo = 6.0;
    daan.contextProbability = 0.7;
    daan.mistakeProbability = 0.45;
    daan.growsOnBoard = true;
    daan.energyFrom = 3;
    daan.energyTo = 4.5;
    daan.contextProbability = 0.85;
    daan.boundariesProbability = 0.95;
    daan.recognitionProbability = 0.95;
    list << daan;

    Story eva{u"Eva Mulder"_s, roles.at(4), 21, 500};
    eva.levelFrom = 5.5;
    eva.levelTo = 5.5;
    eva.talkFrom = 40;
    eva.talkTo = 48;
    eva.failureThenTakenBack = true;
    eva.mistakeProbability = 0.3;
    list << eva;

    Story farid{u"Farid El Amrani"_s, roles.at(5), 14, 250};
    farid.failedDecisionPercent = 0; // steady: nothing fails badly
    farid.whyProbability = 1.0;
    farid.boundariesProbability = 1.0;
    farid.recognitionProbability = 1.0;
    farid.contextProbability = 0.75;
    farid.mistakeProbability = 0.4;
    list << farid;

    Story sanne{u"Sanne Smit"_s, roles.at(6), 7, 0};
    sanne.talkFrom = 55;
    sanne.talkTo = 55;
    sanne.levelFrom = 3;
    sanne.levelTo = 3;
    sanne.decisionsPerMonth = 1;
    list << sanne;
    return list;
}

const QStringList firstNames{u"Lotte"_s, u"Jeroen"_s, u"Fatima"_s, u"Ruben"_s,  u"Noor"_s,
                             u"Thijs"_s, u"Iris"_s,   u"Mehmet"_s, u"Sophie"_s, u"Lars"_s,
                             u"Yara"_s,  u"Koen"_s,   u"Emma"_s,   u"Sem"_s,    u"Julia"_s};
const QStringList lastNames{u"de Jong"_s, u"van Dijk"_s, u"Bos"_s,    u"Vos"_s,
                            u"Peters"_s,  u"Hendriks"_s, u"Dekker"_s, u"Brouwer"_s,
                            u"de Wit"_s,  u"Dijkstra"_s, u"Kok"_s,    u"Yilmaz"_s};

class Generator
{
public:
    Generator(const DemoOptions& options, const DemoTexts& texts)
        : m_texts(texts)
        , m_dice(options.seed)
        , m_until(options.until.isValid() ? options.until : QDate::currentDate())
        , m_start(m_until.addMonths(-std::max(1, options.months)))
    {}

    void addPerson(const Story& story, int index)
    {
        Person p;
        p.name = story.name;
        p.id = slug(story.name, index);
        p.role = story.role;
        p.cadenceDays = story.cadence;
        p.joinedOn = story.joinedDaysBeforeStart >= 0
                         ? m_start.addDays(-story.joinedDaysBeforeStart)
                         : m_start.addDays(-story.joinedDaysBeforeStart);
        if (story.joinedDaysBeforeStart == 0) // the new joiner: 40 days before the end
            p.joinedOn = m_until.addDays(-40);
        m_log.people << p;
        generateMeetings(p, story);
        generateDecisionsAndBoard(p, story);
        generateInitiatives(p, story);
    }

    Story randomStory(int index)
    {
        Story s;
        s.name = firstNames.at(index % firstNames.size()) + u' ' +
                 lastNames.at((index / firstNames.size()) % lastNames.size());
        if (index >= firstNames.size() * lastNames.size())
            s.name += u' ' + QString::number(index);
        s.role = m_dice.pick(m_texts.roles);
        s.talkFrom = m_dice.between(35, 65);
        s.talkTo = s.talkFrom - m_dice.between(0, 12);
        s.levelFrom = m_dice.between(2, 5);
        s.levelTo = std::min(7.0, s.levelFrom + m_dice.between(0, 2));
        s.memberAgendaFrom = m_dice.between(30, 60) / 100.0;
        s.memberAgendaTo = s.memberAgendaFrom + 0.1;
        return s;
    }

    TeamLog take()
    {
        auto byDate = [](const auto& a, const auto& b) {
            return std::tie(a.date, a.personId) < std::tie(b.date, b.personId);
        };
        std::stable_sort(m_log.oneOnOnes.begin(), m_log.oneOnOnes.end(), byDate);
        std::stable_sort(m_log.decisions.begin(), m_log.decisions.end(), byDate);
        std::stable_sort(m_log.initiatives.begin(), m_log.initiatives.end(), byDate);
        std::stable_sort(m_log.board.begin(), m_log.board.end(), [](const auto& a, const auto& b) {
            return std::tie(a.agreedOn, a.personId, a.area) <
                   std::tie(b.agreedOn, b.personId, b.area);
        });
        std::stable_sort(m_log.people.begin(), m_log.people.end(),
                         [](const auto& a, const auto& b) { return a.name < b.name; });
        return std::move(m_log);
    }

    const TeamLog& log() const { return m_log; }

private:
    QString slug(const QString& name, int index) const
    {
        QString s = name.normalized(QString::NormalizationForm_KD).toLower();
        QString out;
        for (QChar c : s) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                out += c;
            else if (c == u' ' && !out.endsWith(u'-'))
                out += u'-';
        }
        return index < 7 ? out : out + u'-' + QString::number(index);
    }

    double progress(QDate date) const
    {
        return std::clamp(double(m_start.daysTo(date)) /
                              double(std::max<qint64>(1, m_start.daysTo(m_until))),
                          0.0, 1.0);
    }

    QDate firstDay(const Person& p) const { return std::max(m_start, p.joinedOn); }

    void generateMeetings(const Person& p, const Story& s)
    {
        Deck actionDeck(int(m_texts.actions.size()), m_dice);
        QDate date = firstDay(p).addDays(m_dice.between(1, s.cadence));
        const QDate lastHeld = m_until.addDays(-s.stopsMeetingDaysBeforeEnd);
        while (date <= m_until) {
            OneOnOne m;
            m.personId = p.id;
            m.date = date;
            const double t = progress(date);
            const bool late = s.stopsMeetingDaysBeforeEnd > 0 && date > lastHeld;
            if (late || m_dice.chance(s.cancelProbability))
                m.status =
                    (late || m_dice.chance(0.7)) ? MeetingStatus::Cancelled : MeetingStatus::Moved;
            if (m.status == MeetingStatus::Held) {
                m.durationMinutes = m_dice.pick(QList<int>{25, 30, 30, 45, 60});
                m.talkSharePercent = std::clamp(
                    int(std::lround(lerp(s.talkFrom, s.talkTo, t))) + m_dice.between(-6, 6), 5, 95);
                // The manager learns too: sharing context and discussing mistakes grow over time.
                const double growth = 0.7 + 0.5 * t;
                m.contextShared = m_dice.chance(s.contextProbability * growth);
                m.mistakeDiscussed = m_dice.chance(s.mistakeProbability * growth);
                m.energy = std::clamp(int(std::lround(lerp(s.energyFrom, s.energyTo, t))) +
                                          m_dice.between(-1, 1) * (m_dice.chance(0.3) ? 1 : 0),
                                      1, 5);

                const int items = m_dice.between(2, 4);
                for (int i = 0; i < items; ++i) {
                    const bool byMember =
                        m_dice.chance(lerp(s.memberAgendaFrom, s.memberAgendaTo, t));
                    const QString topic = byMember ? m_dice.pick(m_texts.memberTopics)
                                                   : m_dice.pick(m_texts.managerTopics);
                    const bool covered = m_dice.chance(0.8);
                    const bool repeated =
                        std::any_of(m.agenda.cbegin(), m.agenda.cend(),
                                    [&](const AgendaItem& a) { return a.text == topic; });
                    if (!repeated)
                        m.agenda << AgendaItem{topic, byMember ? Party::Member : Party::Manager,
                                               covered};
                }
                const int actions = m_dice.between(0, 2);
                for (int i = 0; i < actions; ++i) {
                    ActionItem a{actionDeck.from(m_texts.actions),
                                 m_dice.chance(0.5) ? Party::Member : Party::Manager,
                                 date.addDays(m_dice.between(5, 14)),
                                 {}};
                    const QDate done = a.due.addDays(m_dice.between(-4, 3));
                    // The neglected person's recent actions of the manager's are forgotten.
                    const bool forgotten = a.owner == Party::Manager && s.cancelProbability > 0.3 &&
                                           date > m_until.addDays(-120);
                    if (done <= m_until && !forgotten)
                        a.doneOn = done;
                    m.actions << a;
                }
                m.privateNotes = m_dice.pick(m_texts.notes);
                m.sharedSummary = m_dice.pick(m_texts.summaries);
            }
            m_log.oneOnOnes << m;
            date = date.addDays(s.cadence + m_dice.between(-2, 3));
        }
        if (s.energyDropsAtEnd) {
            // The story: in their last three held one-on-ones, energy fell from 4 to 2.
            int energy = 2;
            for (auto it = m_log.oneOnOnes.rbegin(); it != m_log.oneOnOnes.rend() && energy <= 4;
                 ++it) {
                if (it->personId == p.id && it->status == MeetingStatus::Held)
                    it->energy = energy++;
            }
        }
    }

    DelegationLevel levelAt(const Story& s, double t)
    {
        const double mean = lerp(s.levelFrom, s.levelTo, t) + m_dice.between(-10, 10) / 10.0;
        return nearestLevel(int(std::lround(mean)));
    }

    void generateDecisionsAndBoard(const Person& p, const Story& s)
    {
        const bool isNewJoiner = s.joinedDaysBeforeStart == 0;
        // The board: two or three areas agreed early on, raised over time for the growing.
        if (!isNewJoiner) {
            const QDate agreed = firstDay(p).addDays(m_dice.between(3, 20));
            const int cells = m_dice.between(2, 3);
            for (int i = 0; i < cells; ++i) {
                const QString area =
                    m_texts.areas.at((i + m_log.people.size()) % m_texts.areas.size());
                BoardEntry b{0, p.id, area, levelAt(s, 0), agreed};
                m_log.board << b;
                if (s.growsOnBoard) {
                    for (int step = 1; step <= 3; ++step) {
                        const double t = step / 3.0;
                        const int raised = std::clamp(
                            int(std::lround(lerp(s.levelFrom, s.levelTo, t))), MinLevel, MaxLevel);
                        QDate when =
                            m_start.addDays(qint64(t * m_start.daysTo(m_until)) - 20 - i * 5);
                        if (step == 3)
                            when = m_until.addDays(-12 - i * 3); // recently raised: trust-growing
                        if (raised > toInt(b.level))
                            m_log.board << BoardEntry{0, p.id, area, *levelFromInt(raised), when};
                    }
                }
            }
        }
        Deck decisionDeck(int(m_texts.decisions.size()), m_dice);
        QDate date = firstDay(p).addDays(m_dice.between(2, 12));
        const int gap = std::max(4, 30 / std::max(1, s.decisionsPerMonth));
        const QDate failureDate = m_until.addDays(-60);
        bool failureLogged = false;
        while (date <= m_until) {
            const double t = progress(date);
            Decision d;
            d.personId = p.id;
            d.date = date;
            const DemoDecision& kind = decisionDeck.from(m_texts.decisions);
            d.title = kind.title;
            d.area = m_texts.areas.at(kind.area);
            d.level = levelAt(s, t);
            if (s.failureThenTakenBack && failureLogged)
                d.level = *levelFromInt(m_dice.between(1, 3));
            d.why = m_dice.chance(s.whyProbability) ? kind.why : QString();
            d.boundaries = m_dice.chance(s.boundariesProbability) ? kind.boundaries : QString();
            d.reviewOn = date.addDays(m_dice.between(14, 30));
            d.checkIns = std::max(0, (MaxLevel - toInt(d.level)) / 2 +
                                         m_dice.between(0, s.overrideProbability > 0.2 ? 3 : 1));
            d.overridden = m_dice.chance(s.overrideProbability);
            const bool slipped = s.reviewsSlip && d.reviewOn > m_until.addDays(-45);
            if (d.reviewOn <= m_until && !slipped) {
                const int roll = m_dice.between(0, 99);
                d.outcome = roll < 70                              ? DecisionOutcome::Succeeded
                            : roll < 100 - s.failedDecisionPercent ? DecisionOutcome::Mixed
                                                                   : DecisionOutcome::Failed;
                d.learning = kind.learning;
            }
            if (s.failureThenTakenBack && !failureLogged && date >= failureDate) {
                // The story: a delegated decision fails and the manager takes the area back.
                const DemoDecision& failed = m_texts.failedExperiment;
                d.title = failed.title;
                d.area = m_texts.areas.at(failed.area);
                d.why = failed.why;
                d.boundaries = failed.boundaries;
                d.level = DelegationLevel::Inquire;
                d.outcome = DecisionOutcome::Failed;
                d.learning = failed.learning;
                failureLogged = true;
                m_log.board << BoardEntry{0, p.id, m_texts.areas.at(failed.area),
                                          DelegationLevel::Inquire, firstDay(p).addDays(30)};
                m_log.board << BoardEntry{0, p.id, m_texts.areas.at(failed.area),
                                          DelegationLevel::Sell, date.addDays(9)};
                m_log.decisions << d;
                Decision after = d;
                after.date = date.addDays(14);
                after.title = m_texts.nextStepAfterFailure;
                after.level = DelegationLevel::Tell;
                after.outcome = DecisionOutcome::Pending;
                after.learning.clear();
                after.reviewOn = m_until.addDays(10);
                m_log.decisions << after;
                date = after.date.addDays(gap);
                continue;
            }
            m_log.decisions << d;
            date = date.addDays(gap + m_dice.between(-3, 3));
        }
    }

    void generateInitiatives(const Person& p, const Story& s)
    {
        Deck initiativeDeck(int(m_texts.initiatives.size()), m_dice);
        Deck complianceDeck(int(m_texts.compliance.size()), m_dice);
        QDate date = firstDay(p).addDays(m_dice.between(5, 25));
        const int gap = std::max(5, 30 / std::max(1, s.initiativesPerMonth));
        while (date <= m_until) {
            Initiative i;
            i.personId = p.id;
            i.date = date;
            i.kind = m_dice.chance(s.initiativeShare) ? InitiativeKind::Initiative
                                                      : InitiativeKind::Compliance;
            i.description = i.kind == InitiativeKind::Initiative
                                ? initiativeDeck.from(m_texts.initiatives)
                                : complianceDeck.from(m_texts.compliance);
            const int roll = m_dice.between(0, 99);
            i.outcome = roll < 60   ? InitiativeOutcome::Worked
                        : roll < 78 ? InitiativeOutcome::Partly
                        : roll < 88 ? InitiativeOutcome::Failed
                                    : InitiativeOutcome::TooEarly;
            // A failed attempt gets recognised less often: exactly the habit the prompts address.
            double recognise = s.recognitionProbability;
            if (recognise < 0.9 &&
                (i.outcome == InitiativeOutcome::Failed || i.outcome == InitiativeOutcome::Partly))
                recognise *= 0.6;
            const QDate recognisedOn = date.addDays(m_dice.between(0, s.recognitionDelayMax));
            const QDate overlookedFrom = m_until.addDays(-s.recognitionStopsDaysBeforeEnd);
            const bool overlooked =
                s.recognitionStopsDaysBeforeEnd > 0 && recognisedOn > overlookedFrom;
            if (recognisedOn <= m_until && m_dice.chance(recognise) && !overlooked) {
                i.recognisedOn = recognisedOn;
                i.recognition = m_dice.pick(QList<RecognitionChannel>{RecognitionChannel::Private,
                                                                      RecognitionChannel::OneOnOne,
                                                                      RecognitionChannel::Public});
            }
            m_log.initiatives << i;
            date = date.addDays(gap + m_dice.between(-4, 6));
        }
    }

public:
    Dice& dice() { return m_dice; }
    QDate start() const { return m_start; }
    QDate until() const { return m_until; }

private:
    const DemoTexts& m_texts;
    Dice m_dice;
    QDate m_until;
    QDate m_start;
    TeamLog m_log;
};

} // namespace

TeamLog generateDemoTeam(const DemoOptions& options)
{
    const DemoTexts& texts = demoTexts(options.language);
    Generator generator(options, texts);
    const QList<Story> story = stories(texts.storyRoles);
    int index = 0;
    for (; index < std::min<int>(options.people, int(story.size())); ++index)
        generator.addPerson(story.at(index), index);
    const int storyPeople = index;
    for (; index < options.people || generator.log().entryCount() < options.entries; ++index)
        generator.addPerson(generator.randomStory(index), index);
    TeamLog log = generator.take();
    addDemoFollowThrough(log, storyPeople, generator.start(), generator.until(), generator.dice(),
                         texts);
    return log;
}

} // namespace rd
