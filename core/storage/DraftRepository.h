#pragma once

#include "Database.h"
#include "domain/MeetingDraft.h"

#include <optional>

namespace rd {

/// The drafts of one-on-ones being held, one per person. Each save is its own
/// transaction (synchronous=FULL, as every write): a draft that was saved
/// survives a crash or a kill -9. Drafts are not part of the logs: no change
/// signal, no undo, not in the exchange file.
class DraftRepository final
{
public:
    explicit DraftRepository(Database& db)
        : m_db(db)
    {}
    /// Saves `draft` in place of the person's earlier one; stamps savedAt.
    void save(const MeetingDraft& draft);
    void remove(const QString& personId);
    /// Every draft, oldest first. A body that cannot be read is left out
    /// (and left in the file, for a later version to read).
    QList<MeetingDraft> all() const;
    /// The person's draft, if there is one that can be read.
    std::optional<MeetingDraft> find(const QString& personId) const;

private:
    Database& m_db;
};

} // namespace rd
