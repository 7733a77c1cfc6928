#include "DraftRepository.h"

#include "domain/Error.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

void DraftRepository::save(const MeetingDraft& draft)
{
    m_db.requireWritable();
    Transaction transaction(m_db.connection());
    sql::exec(m_db.connection(),
              u"INSERT INTO meeting_drafts (person_id, saved_at, body) VALUES (?, ?, ?) "
              u"ON CONFLICT(person_id) DO UPDATE SET saved_at = excluded.saved_at, "
              u"body = excluded.body"_s,
              {draft.personId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
               QString::fromUtf8(draftBody(draft))});
    transaction.commit();
}

void DraftRepository::remove(const QString& personId)
{
    m_db.requireWritable();
    Transaction transaction(m_db.connection());
    sql::exec(m_db.connection(), u"DELETE FROM meeting_drafts WHERE person_id = ?"_s, {personId});
    transaction.commit();
}

namespace {
QList<MeetingDraft> readDrafts(QSqlQuery q)
{
    QList<MeetingDraft> drafts;
    while (q.next()) {
        try {
            MeetingDraft d = draftFromBody(q.value(0).toString(), q.value(2).toString().toUtf8());
            d.savedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            drafts << d;
        } catch (const ValidationError&) {
            continue;
        }
    }
    return drafts;
}
} // namespace

QList<MeetingDraft> DraftRepository::all() const
{
    return readDrafts(sql::exec(m_db.connection(),
                                u"SELECT person_id, saved_at, body FROM meeting_drafts "
                                u"ORDER BY saved_at, person_id"_s));
}

std::optional<MeetingDraft> DraftRepository::find(const QString& personId) const
{
    const QList<MeetingDraft> found = readDrafts(sql::exec(
        m_db.connection(),
        u"SELECT person_id, saved_at, body FROM meeting_drafts WHERE person_id = ?"_s, {personId}));
    return found.isEmpty() ? std::nullopt : std::optional<MeetingDraft>(found.first());
}

} // namespace rd
