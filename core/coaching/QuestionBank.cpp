#include "QuestionBank.h"

#include <QCoreApplication>

namespace rd {

QString CoachingQuestion::translated() const
{
    return QCoreApplication::translate("rd::QuestionBank", text);
}

const QList<CoachingQuestion>& questionBank()
{
    using L = Lever;
    using G = GrowStage;
    static const QList<CoachingQuestion> bank{
        {L::TrustConcrete, G::Goal,
         QT_TRANSLATE_NOOP(
             "rd::QuestionBank",
             "Which decisions would you like to own completely in six months' time?")},
        {L::TrustConcrete, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would more room to decide make possible for you?")},
        {L::TrustConcrete, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Where do you feel you need my approval today, and is that necessary?")},
        {L::TrustConcrete, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "Which boundaries are unclear to you right now?")},
        {L::TrustConcrete, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which area could move one step up the delegation board?")},
        {L::TrustConcrete, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What information would you need to decide this without me?")},
        {L::TrustConcrete, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which decision will you take on your own before we next meet?")},
        {L::TrustConcrete, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "How will you let me know how it went, in a way that suits you?")},

        {L::CoachNotControl, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would make this one-on-one most useful for you?")},
        {L::CoachNotControl, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What do you want to be better at by the end of this quarter?")},
        {L::CoachNotControl, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What is taking most of your energy at the moment?")},
        {L::CoachNotControl, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "What have you already tried, and what happened?")},
        {L::CoachNotControl, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What options do you see, including the ones that seem unrealistic?")},
        {L::CoachNotControl, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "If you were in my position, what would you do?")},
        {L::CoachNotControl, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "What is the first step you will take, and when?")},
        {L::CoachNotControl, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What do you need from me, and what do you not need from me?")},

        {L::Transparency, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which of our goals would you like to understand better?")},
        {L::Transparency, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would you like to know earlier than you do now?")},
        {L::Transparency, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "Which recent decision surprised you, and why?")},
        {L::Transparency, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "How do you see our results at the moment?")},
        {L::Transparency, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "How could we make progress more visible to the whole team?")},
        {L::Transparency, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which information could I share that would help you decide?")},
        {L::Transparency, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What shall we agree on how we keep each other informed?")},
        {L::Transparency, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which promise of mine should I follow up on first?")},

        {L::RewardInitiative, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would you like to start or improve if nobody asked you to?")},
        {L::RewardInitiative, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which contribution would you like to be known for?")},
        {L::RewardInitiative, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What are you proud of from the last weeks, whatever the outcome?")},
        {L::RewardInitiative, G::Reality,
         QT_TRANSLATE_NOOP(
             "rd::QuestionBank",
             "When did you last take something on without being asked, and how was it received?")},
        {L::RewardInitiative, G::Options,
         QT_TRANSLATE_NOOP(
             "rd::QuestionBank",
             "Which idea have you been holding back, and what would make it worth trying?")},
        {L::RewardInitiative, G::Options,
         QT_TRANSLATE_NOOP(
             "rd::QuestionBank",
             "How would you like your initiative to be recognised: privately or in the team?")},
        {L::RewardInitiative, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which small experiment will you start this month?")},
        {L::RewardInitiative, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank", "Who else should hear about what you did?")},

        {L::PsychologicalSafety, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would make it easier for you to raise a problem early?")},
        {L::PsychologicalSafety, G::Goal,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What would you like to learn from the next thing that goes wrong?")},
        {L::PsychologicalSafety, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What did not go as planned lately, and what did you learn from it?")},
        {L::PsychologicalSafety, G::Reality,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "When do you hold back from saying what you think?")},
        {L::PsychologicalSafety, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "How could we talk about mistakes so that they help the team?")},
        {L::PsychologicalSafety, G::Options,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What could I do differently when something goes wrong?")},
        {L::PsychologicalSafety, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "Which risk would you like to take, knowing I have your back?")},
        {L::PsychologicalSafety, G::Will,
         QT_TRANSLATE_NOOP("rd::QuestionBank",
                           "What will you share in the team about what you learned?")},
    };
    return bank;
}

namespace {
/// FNV-1a: a hash that, unlike qHash, is the same in every process.
quint32 stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QList<const CoachingQuestion*> questionsFor(Lever lever)
{
    QList<const CoachingQuestion*> found;
    for (const CoachingQuestion& q : questionBank()) {
        if (q.lever == lever)
            found << &q;
    }
    return found;
}
} // namespace

QStringList suggestQuestions(const QList<Prompt>& prompts, const QString& seed)
{
    constexpr int Minimum = 3;
    constexpr int Maximum = 5;
    QList<Lever> levers;
    for (const Prompt& p : prompts) {
        if (!levers.contains(p.lever))
            levers << p.lever;
    }
    const int fromPrompts = int(levers.size());
    for (Lever lever : allValues<Lever>()) {
        if (!levers.contains(lever))
            levers << lever;
    }
    const quint32 hash = stableHash(seed);
    QStringList questions;
    auto take = [&](Lever lever, quint32 index) {
        const QList<const CoachingQuestion*> pool = questionsFor(lever);
        const QString text = pool.at(int(index % quint32(pool.size())))->translated();
        if (!questions.contains(text))
            questions << text;
    };
    // Levers with prompts get a reality question and a will question; others fill up.
    for (int n = 0; n < fromPrompts && questions.size() < Maximum; ++n) {
        take(levers.at(n), 2 + hash % 2); // reality
        if (questions.size() < Maximum && n < 2)
            take(levers.at(n), 6 + (hash >> 1) % 2); // will
    }
    for (int n = fromPrompts; n < levers.size() && questions.size() < Minimum; ++n)
        take(levers.at(n), hash >> 3);
    return questions;
}

} // namespace rd
