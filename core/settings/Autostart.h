#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

/// Starting at login, in the tray: an XDG autostart entry
/// ($XDG_CONFIG_HOME/autostart/nl.rodedraad.RodeDraad.desktop), written only
/// when the user asks for it and removed when they no longer want it.

/// Where the entry goes.
QString autostartFile();

/// The entry's text: a Desktop Entry that runs `program` with --tray, the
/// program's path quoted and escaped as the specification asks.
QByteArray autostartEntry(const QString& program);

/// Whether the entry is there (a file, not a link or a folder of that name).
bool startsAtLogin();

/// Whether the entry is there and starts `program` as this build writes it
/// (not one left by a program since moved or updated).
bool startsAtLoginWith(const QString& program);

/// Writes the entry for `program` (owner-only, by a safe replace; the
/// autostart folder is created owner-only when missing) or removes it.
/// Throws StorageError naming the file and the cause (ValidationError for a
/// path with a line break, which no entry can hold); on failure the earlier
/// entry, or its absence, is left as it was.
void setStartAtLogin(bool start, const QString& program);

} // namespace rd
