#pragma once

// A fault-injecting SQLite VFS for the tests, after SQLite's own I/O-error
// testing: it passes every call to the real VFS ("unix") and, once armed,
// fails the Nth write, sync or read with SQLITE_IOERR. A torn write writes
// the first half of the page before it fails, as a power cut mid-write would.
// While a FaultVfs lives it is SQLite's default VFS, so every connection the
// code under test opens (Qt's QSQLITE driver shares the process's SQLite) goes
// through it.

namespace rd::test {

class FaultVfs
{
public:
    enum class Fault
    {
        Write,     ///< the Nth xWrite fails, nothing written
        TornWrite, ///< the Nth xWrite writes half its bytes, then fails
        Sync,      ///< the Nth xSync fails
        Read       ///< the Nth xRead fails
    };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    /// From now on, the `n`th call of the fault's kind (1 = the next) fails,
    /// and every later one of that kind too, as a disk that went bad stays bad.
    void arm(Fault fault, int n);
    /// Every call passes again.
    void disarm();
    /// Whether the armed fault has struck since arm().
    bool struck() const;
};

} // namespace rd::test
