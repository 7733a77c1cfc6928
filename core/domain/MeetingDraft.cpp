#include "MeetingDraft.h"

#include "Enums.h"
#include "Error.h"
#include "IsoDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

QStringList actionLines(const QString& notes)
{
    static const QStringList markers{u"- [ ]"_s,  u"[ ]"_s,    u"[]"_s,      u"todo:"_s,
                                     u"to do:"_s, u"actie:"_s, u"te doen:"_s};
    QStringList lines;
    for (const QString& raw : notes.split(u'\n')) {
        const QString line = raw.trimmed();
        for (const QString& marker : markers) {
            if (line.startsWith(marker, Qt::CaseInsensitive)) {
                const QString text = line.mid(marker.size()).trimmed();
                if (!text.isEmpty())
                    lines << text;
                break;
            }
        }
    }
    return lines;
}

QList<ActionItem> draftActions(const MeetingDraft& draft, QDate defaultDue)
{
    QList<ActionItem> actions;
    for (const QString& text : actionLines(draft.notes)) {
        ActionItem item{text, Party::Member, defaultDue, {}};
        for (const ActionItem& choice : draft.actionChoices) {
            if (choice.text == text) {
                item.owner = choice.owner;
                item.due = choice.due;
                break;
            }
        }
        actions << item;
    }
    return actions;
}

OneOnOne meetingFromDraft(const MeetingDraft& draft, QDate defaultDue)
{
    OneOnOne m;
    m.personId = draft.personId;
    m.date = draft.date;
    m.status = MeetingStatus::Held;
    m.talkSharePercent = draft.talkSharePercent;
    m.energy = draft.energy;
    m.contextShared = draft.contextShared;
    m.mistakeDiscussed = draft.mistakeDiscussed;
    m.agenda = draft.agenda;
    m.actions = draftActions(draft, defaultDue);
    m.privateNotes = draft.notes;
    m.sharedSummary = draft.summary;
    return m;
}

namespace {
QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
std::optional<int> optionalInt(const QJsonValue& value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const int n = value.toInt();
    return n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}
} // namespace

QByteArray draftBody(const MeetingDraft& d)
{
    QJsonArray agenda;
    for (const AgendaItem& item : d.agenda)
        agenda.append(QJsonObject{{u"text"_s, item.text},
                                  {u"raisedBy"_s, toId(item.raisedBy)},
                                  {u"covered"_s, item.covered}});
    QJsonArray ticked;
    for (const TickedAction& t : d.tickedEarlier)
        ticked.append(
            QJsonObject{{u"meeting"_s, QString::number(t.meetingId)}, {u"text"_s, t.text}});
    QJsonArray choices;
    for (const ActionItem& a : d.actionChoices)
        choices.append(QJsonObject{
            {u"text"_s, a.text}, {u"owner"_s, toId(a.owner)}, {u"due"_s, isoDate(a.due)}});
    QJsonObject root{{u"date"_s, isoDate(d.date)},
                     {u"agenda"_s, agenda},
                     {u"tickedEarlier"_s, ticked},
                     {u"notes"_s, d.notes},
                     {u"summary"_s, d.summary},
                     {u"talkSharePercent"_s, optionalInt(d.talkSharePercent)},
                     {u"energy"_s, optionalInt(d.energy)},
                     {u"contextShared"_s, d.contextShared},
                     {u"mistakeDiscussed"_s, d.mistakeDiscussed},
                     {u"actionChoices"_s, choices}};
    if (!d.begun) {
        root.insert(u"begun"_s, false); // drafts written before preparing had no key
        root.insert(u"preparedAfter"_s, QString::number(d.preparedAfter));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

MeetingDraft draftFromBody(const QString& personId, const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "The unfinished one-on-one cannot be read."));
    const QJsonObject root = doc.object();
    MeetingDraft d;
    d.personId = personId;
    d.date = parseIsoDate(root[u"date"_s].toString());
    if (!d.date.isValid())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "The unfinished one-on-one has no valid date."));
    for (const QJsonValue& v : root[u"agenda"_s].toArray()) {
        const QJsonObject o = v.toObject();
        d.agenda << AgendaItem{o[u"text"_s].toString(),
                               fromId<Party>(o[u"raisedBy"_s].toString()).value_or(Party::Member),
                               o[u"covered"_s].toBool()};
    }
    for (const QJsonValue& v : root[u"tickedEarlier"_s].toArray()) {
        const QJsonObject o = v.toObject();
        d.tickedEarlier << TickedAction{o[u"meeting"_s].toString().toLongLong(),
                                        o[u"text"_s].toString()};
    }
    d.notes = root[u"notes"_s].toString();
    d.summary = root[u"summary"_s].toString();
    d.talkSharePercent = optionalInt(root[u"talkSharePercent"_s], 0, 100);
    d.energy = optionalInt(root[u"energy"_s], 1, 5);
    d.contextShared = root[u"contextShared"_s].toBool();
    d.mistakeDiscussed = root[u"mistakeDiscussed"_s].toBool();
    d.begun = root[u"begun"_s].toBool(true);
    d.preparedAfter = root[u"preparedAfter"_s].toString().toLongLong();
    for (const QJsonValue& v : root[u"actionChoices"_s].toArray()) {
        const QJsonObject o = v.toObject();
        d.actionChoices << ActionItem{
            o[u"text"_s].toString(),
            fromId<Party>(o[u"owner"_s].toString()).value_or(Party::Member),
            parseIsoDate(o[u"due"_s].toString()),
            {}};
    }
    return d;
}

} // namespace rd
