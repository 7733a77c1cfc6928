#pragma once

#include "Enums.h"

#include <optional>
#include <QDate>
#include <QString>

namespace rd {

/// Something a team member did, and whether and how the manager recognised it.
struct Initiative
{
    qint64 id = 0;
    QString personId;
    QDate date;
    QString description;
    InitiativeKind kind = InitiativeKind::Initiative;
    InitiativeOutcome outcome = InitiativeOutcome::TooEarly;
    QDate recognisedOn;
    std::optional<RecognitionChannel> recognition;

    bool isRecognised() const { return recognisedOn.isValid() || recognition.has_value(); }
    friend bool operator==(const Initiative&, const Initiative&) = default;
};

} // namespace rd
