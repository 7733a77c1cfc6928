// Reading an exchange document: syntax, then every record, validated and
// named by its JSON path in any error.
#include "domain/IsoDate.h"
#include "domain/Validation.h"
#include "ExchangeReader.h"
#include "ImportError.h"
#include "JsonExchange.h"

#include <cmath>
#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// Reads one JSON object, naming `path.field` in every error. The path is
/// written only for an error: a large file has hundreds of thousands of objects.
class Fields
{
public:
    /// The document's root object.
    explicit Fields(QJsonObject object)
        : m_object(std::move(object))
    {}
    /// Element `index` of the list `key` of `parent` ("decisions[3]").
    Fields(QJsonObject object, const Fields& parent, const QString& key, qsizetype index)
        : m_object(std::move(object))
        , m_parent(&parent)
        , m_key(&key)
        , m_index(index)
    {}

    QString path() const
    {
        if (!m_parent)
            return {};
        return u"%1[%2]"_s.arg(m_parent->at(*m_key)).arg(m_index);
    }
    QString at(const QString& key) const
    {
        const QString here = path();
        return here.isEmpty() ? key : here + u'.' + key;
    }

    bool present(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    QString string(const QString& key, bool required, const QString& fallback = {}) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw ImportError(
                    at(key), QCoreApplication::translate("rd::Import", "missing required field"));
            return fallback;
        }
        if (!v.isString())
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "expected a string"));
        if (required && v.toString().trimmed().isEmpty())
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "must not be empty"));
        return v.toString();
    }

    /// A one-line field: a string of at most MaxLineLength characters.
    QString line(const QString& key, bool required) const
    {
        QString value = string(key, required);
        if (value.size() > MaxLineLength)
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "longer than %1 characters")
                                  .arg(MaxLineLength));
        return value;
    }

    bool boolean(const QString& key, bool fallback = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "expected true or false"));
        return v.toBool();
    }

    std::optional<int> integer(const QString& key, int min, int max) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble())
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "expected a number"));
        const double d = v.toDouble();
        if (d != std::floor(d) || d < min || d > max)
            throw ImportError(at(key), QCoreApplication::translate(
                                           "rd::Import", "expected a whole number from %1 to %2")
                                           .arg(min)
                                           .arg(max));
        return static_cast<int>(d);
    }

    QDate date(const QString& key, bool required) const
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QDate d = parseIsoDate(text);
        if (!d.isValid())
            throw ImportError(at(key), QCoreApplication::translate(
                                           "rd::Import", "\"%1\" is not a date (YYYY-MM-DD)")
                                           .arg(text));
        return d;
    }

    /// `what` names the value in an error, marked with QT_TRANSLATE_NOOP("rd::Import", …).
    template <typename E>
    std::optional<E> enumeration(const QString& key, const char* what, bool required) const
    {
        const QString id = string(key, required);
        if (id.isEmpty())
            return std::nullopt;
        const std::optional<E> value = fromId<E>(id);
        if (!value)
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "unknown %1 \"%2\"")
                                  .arg(QCoreApplication::translate("rd::Import", what), id));
        return value;
    }

    QJsonArray array(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            throw ImportError(at(key),
                              QCoreApplication::translate("rd::Import", "expected a list"));
        return v.toArray();
    }

private:
    QJsonObject m_object;
    const Fields* m_parent = nullptr;
    const QString* m_key = nullptr;
    qsizetype m_index = -1;
};

/// Iterates a list of objects, giving each its path ("decisions[3]").
template <typename Visit>
void forEachObject(const Fields& parent, const QString& key, Visit&& visit)
{
    const QJsonArray array = parent.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const Fields element(value.toObject(), parent, key, i);
        if (!value.isObject())
            throw ImportError(element.path(),
                              QCoreApplication::translate("rd::Import", "expected an object"));
        visit(element);
    }
}

QString personRef(const Fields& f, const QSet<QString>& people)
{
    const QString id = f.string(u"person"_s, true);
    if (!people.contains(id))
        throw ImportError(
            f.at(u"person"_s),
            QCoreApplication::translate("rd::Import", "unknown person \"%1\"").arg(id));
    return id;
}

DelegationLevel level(const Fields& f)
{
    return *f.enumeration<DelegationLevel>(u"level"_s, QT_TRANSLATE_NOOP("rd::Import", "level"),
                                           true);
}

} // namespace

namespace exchange {

QJsonObject readDocument(const QByteArray& json)
{
    if (json.size() > MaxExchangeBytes)
        throw ImportError(
            u"$"_s, QCoreApplication::translate("rd::Import", "the file is larger than 512 MB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ImportError(
            u"$"_s, QCoreApplication::translate("rd::Import", "not valid JSON at byte %1 (%2)")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        throw ImportError(u"$"_s,
                          QCoreApplication::translate("rd::Import", "expected a JSON object"));

    const QJsonObject object = document.object();
    const Fields root(object);
    if (root.string(u"format"_s, true) != u"rodedraad"_s)
        throw ImportError(u"format"_s,
                          QCoreApplication::translate("rd::Import", "expected \"rodedraad\""));
    const int version = root.integer(u"version"_s, 0, 1000000).value_or(0);
    if (version != ExchangeFormatVersion)
        throw ImportError(
            u"version"_s,
            QCoreApplication::translate("rd::Import",
                                        "unsupported version %1; this Rode Draad reads version %2")
                .arg(version)
                .arg(ExchangeFormatVersion));
    return object;
}

qsizetype listedEntries(const QJsonObject& root)
{
    qsizetype entries = 0;
    for (const char* list : {"delegationBoard", "oneOnOnes", "decisions", "initiatives"})
        entries += root.value(QLatin1StringView(list)).toArray().size();
    return entries;
}

void readRecords(const QJsonObject& rootObject, const QSet<QString>& knownPeople,
                 qsizetype batchSize, const std::function<void(TeamLog&&)>& deliver)
{
    const Fields root(rootObject);
    TeamLog log;
    qsizetype records = 0;
    // After each record: hands a full batch over and starts the next.
    const auto added = [&] {
        if (++records % batchSize == 0) {
            deliver(std::move(log));
            log = TeamLog();
        }
    };
    QSet<QString> people = knownPeople;
    QSet<QString> documentPeople;
    forEachObject(root, u"people"_s, [&](const Fields& f) {
        Person p;
        p.id = f.string(u"id"_s, true);
        if (!isValidPersonId(p.id))
            throw ImportError(f.at(u"id"_s),
                              QCoreApplication::translate(
                                  "rd::Import", "person id \"%1\" may hold only letters, digits, "
                                                "\".\", \"_\" and \"-\" (1 to 64, starting "
                                                "with a letter or digit)")
                                  .arg(p.id));
        if (documentPeople.contains(p.id))
            throw ImportError(
                f.at(u"id"_s),
                QCoreApplication::translate("rd::Import", "duplicate person id \"%1\"").arg(p.id));
        p.name = f.line(u"name"_s, true);
        p.role = f.line(u"role"_s, false);
        p.joinedOn = f.date(u"joinedOn"_s, false);
        p.cadenceDays = f.integer(u"cadenceDays"_s, 1, 3650).value_or(14);
        p.archived = f.boolean(u"archived"_s);
        documentPeople.insert(p.id);
        people.insert(p.id);
        log.people.append(p);
        added();
    });
    forEachObject(root, u"delegationBoard"_s, [&](const Fields& f) {
        BoardEntry b;
        b.personId = personRef(f, people);
        b.area = f.line(u"area"_s, true);
        b.level = level(f);
        b.agreedOn = f.date(u"agreedOn"_s, true);
        log.board.append(b);
        added();
    });
    forEachObject(root, u"oneOnOnes"_s, [&](const Fields& f) {
        OneOnOne m;
        m.personId = personRef(f, people);
        m.date = f.date(u"date"_s, true);
        m.status = *f.enumeration<MeetingStatus>(u"status"_s,
                                                 QT_TRANSLATE_NOOP("rd::Import", "status"), true);
        m.durationMinutes = f.integer(u"durationMinutes"_s, 0, 24 * 60);
        m.talkSharePercent = f.integer(u"talkSharePercent"_s, 0, 100);
        m.contextShared = f.boolean(u"contextShared"_s);
        m.mistakeDiscussed = f.boolean(u"mistakeDiscussed"_s);
        m.energy = f.integer(u"energy"_s, 1, 5);
        forEachObject(f, u"agenda"_s, [&](const Fields& item) {
            m.agenda.append({item.string(u"text"_s, true),
                             item.enumeration<Party>(
                                     u"raisedBy"_s, QT_TRANSLATE_NOOP("rd::Import", "party"), false)
                                 .value_or(Party::Member),
                             item.boolean(u"covered"_s)});
        });
        forEachObject(f, u"actions"_s, [&](const Fields& item) {
            m.actions.append({item.string(u"text"_s, true),
                              item.enumeration<Party>(
                                      u"owner"_s, QT_TRANSLATE_NOOP("rd::Import", "owner"), false)
                                  .value_or(Party::Member),
                              item.date(u"due"_s, false), item.date(u"doneOn"_s, false),
                              item.date(u"firstDue"_s, false),
                              item.integer(u"dueMoves"_s, 0, MaxDueMoves).value_or(0)});
        });
        m.privateNotes = f.string(u"privateNotes"_s, false);
        m.sharedSummary = f.string(u"sharedSummary"_s, false);
        log.oneOnOnes.append(m);
        added();
    });
    forEachObject(root, u"decisions"_s, [&](const Fields& f) {
        Decision d;
        d.personId = personRef(f, people);
        d.date = f.date(u"date"_s, true);
        d.title = f.line(u"title"_s, true);
        d.area = f.line(u"area"_s, false);
        d.level = level(f);
        d.why = f.string(u"why"_s, false);
        d.boundaries = f.string(u"boundaries"_s, false);
        d.reviewOn = f.date(u"reviewOn"_s, false);
        d.checkIns = f.integer(u"checkIns"_s, 0, 100000).value_or(0);
        d.overridden = f.boolean(u"overridden"_s);
        d.outcome = f.enumeration<DecisionOutcome>(
                         u"outcome"_s, QT_TRANSLATE_NOOP("rd::Import", "outcome"), false)
                        .value_or(DecisionOutcome::Pending);
        d.learning = f.line(u"learning"_s, false);
        log.decisions.append(d);
        added();
    });
    forEachObject(root, u"initiatives"_s, [&](const Fields& f) {
        Initiative i;
        i.personId = personRef(f, people);
        i.date = f.date(u"date"_s, true);
        i.description = f.string(u"description"_s, true);
        i.kind = *f.enumeration<InitiativeKind>(u"kind"_s, QT_TRANSLATE_NOOP("rd::Import", "kind"),
                                                true);
        i.outcome = f.enumeration<InitiativeOutcome>(
                         u"outcome"_s, QT_TRANSLATE_NOOP("rd::Import", "outcome"), false)
                        .value_or(InitiativeOutcome::TooEarly);
        i.recognisedOn = f.date(u"recognisedOn"_s, false);
        i.recognition = f.enumeration<RecognitionChannel>(
            u"recognition"_s, QT_TRANSLATE_NOOP("rd::Import", "recognition"), false);
        log.initiatives.append(i);
        added();
    });
    forEachObject(root, u"promptStates"_s, [&](const Fields& f) {
        PromptState s;
        s.key = f.string(u"key"_s, true);
        s.state = *f.enumeration<PromptStateKind>(u"state"_s,
                                                  QT_TRANSLATE_NOOP("rd::Import", "state"), true);
        s.on = f.date(u"on"_s, true);
        s.until = f.date(u"until"_s, s.state == PromptStateKind::Snoozed);
        s.note = f.string(u"note"_s, false);
        log.promptStates.append(s);
        added();
    });
    // Added in a later release of version 1: a reader that does not know the
    // list ignores it, as it ignores every unknown field.
    forEachObject(root, u"plannedOneOnOnes"_s, [&](const Fields& f) {
        PlannedOneOnOne p;
        p.personId = personRef(f, people);
        p.date = f.date(u"date"_s, true);
        if (f.present(u"time"_s)) {
            p.time = QTime::fromString(f.string(u"time"_s, true), u"HH:mm"_s);
            if (!p.time.isValid())
                throw ImportError(f.at(u"time"_s), QCoreApplication::translate(
                                                       "rd::Import", "not a time of day as HH:MM"));
        }
        p.durationMinutes = f.integer(u"durationMinutes"_s, MinPlanMinutes, MaxPlanMinutes)
                                .value_or(p.durationMinutes);
        p.uid = f.line(u"uid"_s, true);
        p.recurrenceId = f.line(u"recurrenceId"_s, false);
        if (p.uid.trimmed().isEmpty() || p.recurrenceId.size() > 64)
            throw ImportError(f.at(u"uid"_s),
                              QCoreApplication::translate("rd::Import", "not a calendar id"));
        log.planned.append(p);
        added();
    });
    deliver(std::move(log));
}

} // namespace exchange

TeamLog parseExchangeJson(const QByteArray& json, const QSet<QString>& knownPeople)
{
    TeamLog log;
    exchange::readRecords(exchange::readDocument(json), knownPeople,
                          std::numeric_limits<qsizetype>::max(),
                          [&log](TeamLog&& all) { log = std::move(all); });
    return log;
}

} // namespace rd
