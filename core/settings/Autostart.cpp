#include "Autostart.h"

#include "domain/Error.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rd {

QString autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/autostart/nl.rodedraad.RodeDraad.desktop"_s;
}

namespace {
/// An argument of Exec, quoted: inside double quotes `"`, `` ` ``, `$` and `\`
/// take a backslash; then the string value's own escape doubles every
/// backslash, and a field code's `%` is doubled.
QString quotedArgument(const QString& argument)
{
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u"\\"_s, u"\\\\"_s);
    quoted.replace(u"%"_s, u"%%"_s);
    return u'"' + quoted + u'"';
}
} // namespace

QByteArray autostartEntry(const QString& program)
{
    // A line break in the path would end the Exec line: none is written.
    QString path = program;
    path.remove(u'\n').remove(u'\r');
    return ("[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Rode Draad\n"
            "Comment=Reminders of your planned one-on-ones, in the tray\n"
            "Exec=" +
            quotedArgument(path).toUtf8() +
            " --tray\n"
            "Icon=nl.rodedraad.RodeDraad\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n");
}

bool startsAtLoginWith(const QString& program)
{
    QFile entry(autostartFile());
    return startsAtLogin() && entry.open(QIODevice::ReadOnly) &&
           entry.read(64 * 1024) == autostartEntry(program);
}

bool startsAtLogin()
{
    const QFileInfo entry(autostartFile());
    return entry.isFile() && !entry.isSymLink();
}

void setStartAtLogin(bool start, const QString& program)
{
    const QString file = autostartFile();
    if (start && (program.contains(u'\n') || program.contains(u'\r')))
        throw ValidationError(QCoreApplication::translate(
                                  "rd::Autostart",
                                  "The program's path holds a line break; a start entry cannot "
                                  "name it: %1")
                                  .arg(program));
    if (start) {
        ensureDirectory(QFileInfo(file).absolutePath());
        writeFileSafely(file, autostartEntry(program));
        return;
    }
    const QFileInfo entry(file);
    if (!entry.exists() && !entry.isSymLink())
        return;
    if (entry.isDir() && !entry.isSymLink())
        throw StorageError(
            QCoreApplication::translate("rd::Autostart", "%1 is a folder, not a start entry.")
                .arg(file));
    QFile existing(file);
    if (!existing.remove())
        throw StorageError(QCoreApplication::translate("rd::Autostart", "Could not remove %1: %2.")
                               .arg(file, existing.errorString()));
}

} // namespace rd
