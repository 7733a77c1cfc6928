#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

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

/// Whether `id` is a person id: 1 to 64 of the letters a–z and A–Z, the digits
/// 0–9 and ".", "_" and "-", starting with a letter or digit. An id names the
/// Markdown handover file of its person, so it can never be a path.
bool isValidPersonId(QStringView id);

/// A file name stem for `id` that is always one safe name inside a folder,
/// even for an id from before ids were checked ("../../x" gives "x" with the
/// slashes and dots replaced).
QString fileStemFor(QStringView id);

} // namespace rd
