#pragma once

// Internal to the demo generator: its dice and the manager's follow-through.
#include "domain/TeamLog.h"

#include <algorithm>
#include <QList>
#include <random>

namespace rd {

/// A deterministic source of choices (std::mt19937 is specified bit-exactly;
/// the distributions are not, so they are avoided).
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    {}
    int between(int low, int high)
    {
        return low + static_cast<int>(m_engine() % quint32(high - low + 1));
    }
    bool chance(double p)
    {
        return (m_engine() % 10000) < quint32(std::clamp(p, 0.0, 1.0) * 10000);
    }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    std::mt19937 m_engine;
};

/// Deals the indexes 0..size-1 in a shuffled order and reshuffles once all are
/// dealt, so one person's texts repeat only after every other one was used.
class Deck
{
public:
    Deck(int size, Dice& dice)
        : m_dice(dice)
    {
        for (int i = 0; i < size; ++i)
            m_order << i;
    }
    int next()
    {
        if (m_at == 0) {
            for (qsizetype i = m_order.size() - 1; i > 0; --i)
                m_order.swapItemsAt(i, m_dice.between(0, int(i)));
        }
        const int card = m_order.at(m_at);
        m_at = (m_at + 1) % m_order.size();
        return card;
    }
    template <typename T>
    const T& from(const QList<T>& list)
    {
        return list.at(next());
    }

private:
    Dice& m_dice;
    QList<int> m_order;
    qsizetype m_at = 0;
};

struct DemoTexts;

/// Adds the manager's follow-through to a generated team: older prompts of the
/// first `storyPeople` people that no longer fire as of `until` were mostly
/// marked done with a reflection, some snoozed or dismissed. Prompts that
/// still fire stay open, so Today keeps its story.
void addDemoFollowThrough(TeamLog& log, int storyPeople, QDate start, QDate until, Dice& dice,
                          const DemoTexts& texts);

} // namespace rd
