#pragma once

#include <QString>

namespace rd {

/// Where Rode Draad keeps its files when no --db and no RODEDRAAD_DB name one:
/// the app data folder ($XDG_DATA_HOME/RodeDraad/rodedraad on Linux).
QString dataFolder();
/// Your own team's file: rodedraad.sqlite in the data folder.
QString ownTeamPath();
/// The sample team's file, apart from your own: rodedraad-sample.sqlite in the data folder.
QString sampleTeamPath();
/// Whether `path` is the sample team's file.
bool isSampleTeam(const QString& path);

/// Creates `folder` and every missing folder above it, owner-only (0700), and
/// leaves folders that already exist as they are. Throws StorageError naming
/// the folder that could not be made and why ("Permission denied").
void createPrivateFolder(const QString& folder);

/// The owner-only folder beside `databasePath` where work files of that
/// database live while a restore runs (".rodedraad-work"), never the shared
/// temporary folder: a killed restore must not leave the team's notes there.
/// Created on demand; leftovers of dead processes are removed first.
QString workFolder(const QString& databasePath);
/// A work file's name for `purpose` ("restore") in workFolder(), unique to
/// this process: "<file>-restore-<pid>.sqlite".
QString workFile(const QString& databasePath, const QString& purpose);
/// Removes the work files in workFolder() left by processes that no longer
/// run (a restore killed part-way); the folder goes when it is empty.
void sweepWorkFolder(const QString& databasePath);

/// Why the file at `path` cannot be opened as asked, in one sentence; empty
/// when nothing stands in the way. Looks without opening: the folder (missing
/// and, for writing, not creatable or not writable), the file (missing, when
/// it must exist; not readable; not writable) and what sits at the path (a
/// folder, a device). What only opening can tell (not a Rode Draad file, a
/// newer version, damage) Database says when it opens.
enum class Presence
{
    MayCreate, ///< a missing file is created
    MustExist  ///< a missing file is an error (read-only review, Open…, Open Recent)
};
QString openObstacle(const QString& path, bool readOnly, Presence presence);

} // namespace rd
