#include "EntryColumns.h"

#include "i18n/LocalDate.h"

#include <limits>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd::ui {

std::shared_ptr<QHash<int, QString>> LabelCaches::add()
{
    m_caches << std::make_shared<QHash<int, QString>>();
    return m_caches.last();
}

void LabelCaches::clear()
{
    for (const auto& cache : std::as_const(m_caches))
        cache->clear();
}

namespace {

/// A sort key for a date column: its Julian day, with undated entries first.
qint64 dayKey(QDate date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}

/// The columns every log begins with, and the ways to build the others, over
/// the entries of one list.
template <typename T>
class Columns
{
public:
    Columns(const QList<T>& list, const QHash<QString, QString>& names, LabelCaches& labels)
        : m_list(&list)
        , m_names(&names)
        , m_labels(&labels)
    {}

    const T& at(int row) const { return m_list->at(row); }

    EntryColumn date(const char* title, QDate T::*field) const
    {
        const QList<T>* list = m_list;
        return {title, [list, field](int r) { return localDate(list->at(r).*field); },
                [list, field](int r) {
                    return dayKey(list->at(r).*field);
                }};
    }
    EntryColumn person() const
    {
        const QList<T>* list = m_list;
        const QHash<QString, QString>* names = m_names;
        return {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
                [list, names](int r) {
                    const QString& id = list->at(r).personId;
                    return names->value(id, id);
                },
                {},
                true};
    }
    EntryColumn text(const char* title, QString T::*field) const
    {
        const QList<T>* list = m_list;
        return {title, [list, field](int r) { return list->at(r).*field; }, {}};
    }
    /// A translated label of the enum `field`, through `show` (label() by default).
    template <typename E>
    EntryColumn label(const char* title, E T::*field, QString (*show)(E) = &rd::label<E>) const
    {
        const QList<T>* list = m_list;
        auto cache = m_labels->add();
        return {title,
                [list, field, show, cache](int r) {
                    const E value = list->at(r).*field;
                    auto found = cache->constFind(int(value));
                    if (found == cache->constEnd())
                        found = cache->insert(int(value), show(value));
                    return *found;
                },
                {}};
    }
    /// A column computed from the whole entry, with an optional numeric sort key.
    EntryColumn computed(const char* title, std::function<QVariant(const T&)> display,
                         std::function<qint64(const T&)> key = {}) const
    {
        const QList<T>* list = m_list;
        EntryColumn column{title, [list, display](int r) { return display(list->at(r)); }, {}};
        if (key)
            column.sortKey = [list, key](int r) {
                return key(list->at(r));
            };
        return column;
    }

    /// The count, id and person of each row, and the store's row signals.
    EntryTableSpec spec(EntryTableSpec::RowSignal aboutToBeAdded, EntryTableSpec::RowSignal added,
                        EntryTableSpec::RowSignal changed,
                        EntryTableSpec::RowSignal aboutToBeRemoved,
                        EntryTableSpec::RowSignal removed) const
    {
        const QList<T>* list = m_list;
        EntryTableSpec s;
        s.count = [list] {
            return int(list->size());
        };
        s.id = [list](int r) {
            return list->at(r).id;
        };
        s.personId = [list](int r) {
            return list->at(r).personId;
        };
        s.aboutToBeAdded = aboutToBeAdded;
        s.added = added;
        s.changed = changed;
        s.aboutToBeRemoved = aboutToBeRemoved;
        s.removed = removed;
        return s;
    }

private:
    const QList<T>* m_list;
    const QHash<QString, QString>* m_names;
    LabelCaches* m_labels;
};

const char* dateTitle()
{
    return QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Date");
}

} // namespace

template <>
EntryTableSpec entryTableSpec<OneOnOne>(const TeamLog& log, const QHash<QString, QString>& names,
                                        LabelCaches& labels)
{
    const Columns<OneOnOne> c(log.oneOnOnes, names, labels);
    EntryTableSpec s = c.spec(&TeamStore::oneOnOneAboutToBeAdded, &TeamStore::oneOnOneAdded,
                              &TeamStore::oneOnOneChanged, &TeamStore::oneOnOneAboutToBeRemoved,
                              &TeamStore::oneOnOneRemoved);
    s.columns = {
        c.date(dateTitle(), &OneOnOne::date),
        c.person(),
        c.label(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Status"), &OneOnOne::status),
        c.computed(
            QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Talk share"),
            [](const OneOnOne& m) {
                return m.talkSharePercent ? QVariant(QString::number(*m.talkSharePercent) + u'%')
                                          : QVariant();
            },
            [](const OneOnOne& m) { return qint64(m.talkSharePercent.value_or(-1)); }),
        c.computed(
            QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Agenda items"),
            [](const OneOnOne& m) { return int(m.agenda.size()); },
            [](const OneOnOne& m) { return qint64(m.agenda.size()); }),
        c.computed(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Open actions"),
                   [](const OneOnOne& m) {
                       int open = 0;
                       for (const ActionItem& a : m.actions)
                           open += a.isOpen() ? 1 : 0;
                       return open;
                   }),
        c.text(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Shared summary"),
               &OneOnOne::sharedSummary),
    };
    s.textColumn = 6;
    return s;
}

template <>
EntryTableSpec entryTableSpec<Decision>(const TeamLog& log, const QHash<QString, QString>& names,
                                        LabelCaches& labels)
{
    const Columns<Decision> c(log.decisions, names, labels);
    EntryTableSpec s = c.spec(&TeamStore::decisionAboutToBeAdded, &TeamStore::decisionAdded,
                              &TeamStore::decisionChanged, &TeamStore::decisionAboutToBeRemoved,
                              &TeamStore::decisionRemoved);
    EntryColumn level = c.label(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Level"),
                                &Decision::level, &levelDisplay);
    const QList<Decision>* list = &log.decisions;
    level.sortKey = [list](int r) {
        return qint64(toInt(list->at(r).level));
    };
    s.columns = {
        c.date(dateTitle(), &Decision::date),
        c.person(),
        c.text(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Decision"), &Decision::title),
        c.text(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Area"), &Decision::area),
        level,
        c.label(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"), &Decision::outcome),
        c.date(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Review"), &Decision::reviewOn),
    };
    s.textColumn = 2;
    return s;
}

template <>
EntryTableSpec entryTableSpec<Initiative>(const TeamLog& log, const QHash<QString, QString>& names,
                                          LabelCaches& labels)
{
    const Columns<Initiative> c(log.initiatives, names, labels);
    EntryTableSpec s = c.spec(&TeamStore::initiativeAboutToBeAdded, &TeamStore::initiativeAdded,
                              &TeamStore::initiativeChanged, &TeamStore::initiativeAboutToBeRemoved,
                              &TeamStore::initiativeRemoved);
    s.columns = {
        c.date(dateTitle(), &Initiative::date),
        c.person(),
        c.text(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "What they did"),
               &Initiative::description),
        c.label(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Kind"), &Initiative::kind),
        c.label(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"), &Initiative::outcome),
        c.computed(QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Recognised"),
                   [](const Initiative& i) -> QVariant {
                       if (!i.isRecognised())
                           return QCoreApplication::translate("rd::ui::EntryTableModel", "not yet");
                       return QString(
                           localDate(i.recognisedOn) +
                           (i.recognition ? u" · "_s + label(*i.recognition) : QString()));
                   }),
    };
    s.textColumn = 2;
    return s;
}

} // namespace rd::ui
