#pragma once

#include <QDate>
#include <QString>

namespace rd {

/// A team member. `id` is the stable text id of the exchange format ("anna-de-vries").
struct Person
{
    QString id;
    QString name;
    QString role;
    QDate joinedOn;
    int cadenceDays = 14; ///< agreed days between one-on-ones
    bool archived = false;

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace rd
