#pragma once

namespace rd {

/// The kinds of data the store and the database name when they change.
enum class DataKind
{
    People,
    OneOnOnes,
    Decisions,
    Initiatives,
    Board,
    PromptStates,
    Plans, ///< planned one-on-ones
    Settings
};

} // namespace rd
