#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace rd {

/// What the manager did with a prompt. `key` is rule|person|period, so the same
/// situation does not nag again while a new occurrence does.
struct PromptState
{
    QString key;
    PromptStateKind state = PromptStateKind::Done;
    QDate on;
    QDate until;  ///< only for snoozed
    QString note; ///< the reflection, for done

    friend bool operator==(const PromptState&, const PromptState&) = default;
};

} // namespace rd
