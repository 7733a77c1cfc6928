#pragma once

#include "Prompt.h"

#include <QList>
#include <QString>

namespace rd {

/// The GROW stages a coaching question serves.
enum class GrowStage
{
    Goal,
    Reality,
    Options,
    Will
};

struct CoachingQuestion
{
    Lever lever;
    GrowStage stage;
    const char* text; ///< marked with QT_TRANSLATE_NOOP("rd::QuestionBank", …)

    QString translated() const;
};

/// The question bank: open, GROW-style coaching questions, at least eight per lever.
const QList<CoachingQuestion>& questionBank();

/// Picks 3 to 5 questions for a 1:1: first from the levers of `prompts` (most
/// severe first), then across the other levers. Deterministic for the same
/// prompts and `seed`, and varied between seeds so 1:1s do not repeat.
QStringList suggestQuestions(const QList<Prompt>& prompts, const QString& seed);

} // namespace rd
