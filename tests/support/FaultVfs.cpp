#include "FaultVfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace rd::test {

namespace {

struct State
{
    sqlite3_vfs* real = nullptr;
    std::atomic<bool> armed{false};
    std::atomic<int> kind{0};
    std::atomic<int> countdown{0};
    std::atomic<bool> struck{false};
};
State state;

/// Whether this call of `fault`'s kind fails.
bool strikes(FaultVfs::Fault fault)
{
    if (!state.armed || state.kind != int(fault))
        return false;
    if (state.struck || --state.countdown <= 0) {
        state.struck = true;
        return true;
    }
    return false;
}

struct File
{
    sqlite3_file base;
    sqlite3_file* real; // follows this struct in the same allocation
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

int xClose(sqlite3_file* f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    if (strikes(FaultVfs::Fault::Read))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (strikes(FaultVfs::Fault::Write))
        return SQLITE_IOERR_WRITE;
    if (strikes(FaultVfs::Fault::TornWrite)) {
        realOf(f)->pMethods->xWrite(realOf(f), buffer, amount / 2, offset);
        return SQLITE_IOERR_WRITE;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (strikes(FaultVfs::Fault::Sync))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int lock)
{
    return realOf(f)->pMethods->xLock(realOf(f), lock);
}
int xUnlock(sqlite3_file* f, int lock)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), lock);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    // No memory-mapped reads: every read goes through xRead, where faults are.
    (void)f, (void)offset, (void)amount;
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

const sqlite3_io_methods methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    (void)vfs;
    auto* wrapper = reinterpret_cast<File*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    const int rc = state.real->xOpen(state.real, name, wrapper->real, flags, outFlags);
    // Methods only when the real file opened: SQLite calls xClose only then.
    wrapper->base.pMethods = rc == SQLITE_OK && wrapper->real->pMethods ? &methods : nullptr;
    return rc;
}

sqlite3_vfs vfs;

} // namespace

FaultVfs::FaultVfs()
{
    sqlite3_initialize();
    state.real = sqlite3_vfs_find("unix");
    vfs = *state.real; // every other call is the real VFS's own
    vfs.zName = "rodedraad-fault";
    vfs.szOsFile = int(sizeof(File)) + state.real->szOsFile;
    vfs.xOpen = xOpen;
    vfs.pNext = nullptr;
    sqlite3_vfs_register(&vfs, 1);
    disarm();
}

FaultVfs::~FaultVfs()
{
    disarm();
    sqlite3_vfs_register(state.real, 1); // the real one is the default again
    sqlite3_vfs_unregister(&vfs);
}

void FaultVfs::arm(Fault fault, int n)
{
    state.struck = false;
    state.kind = int(fault);
    state.countdown = n;
    state.armed = true;
}

void FaultVfs::disarm()
{
    state.armed = false;
}

bool FaultVfs::struck() const
{
    return state.struck;
}

} // namespace rd::test
