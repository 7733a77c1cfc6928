#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace rd {

/// One desktop app writes a database at a time: an advisory lock (flock) on a
/// file beside it, <database>.lock, which names the holder.
///
/// The kernel holds the lock for the process, so a crash releases it and never
/// blocks the next start. Taking it costs no disk flush: the file only says who
/// holds it, and that needs to outlive no power cut.
class WriterLock final
{
public:
    explicit WriterLock(const QString& databasePath);
    ~WriterLock();
    Q_DISABLE_COPY_MOVE(WriterLock)

    /// True when this process now holds the lock.
    bool acquire();
    bool isLocked() const { return m_fd >= 0; }
    /// Gives the lock up and removes the file; the destructor does it too.
    void release();
    /// Who holds it ("process 1234 on host"), when another process does.
    QString holder() const;

private:
    QByteArray m_path;
    int m_fd = -1;
};

} // namespace rd
