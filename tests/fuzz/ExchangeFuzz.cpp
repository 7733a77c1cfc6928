// The exchange import's fuzz target (libFuzzer's entry point).
//
// Whatever the bytes, parsing either throws ImportError or returns a log; a
// crash, a hang, a sanitizer report or an uncaught exception is a finding. A
// log that was accepted must also survive the round trip: exported and read
// back, it is the same log.

#include "domain/IsoDate.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    rd::TeamLog log;
    try {
        log = rd::parseExchangeJson(bytes);
    } catch (const rd::ImportError&) {
        return 0; // refused with a sentence: the expected outcome for most inputs
    }
    const QDateTime exportedAt(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    try {
        if (rd::parseExchangeJson(rd::toExchangeJson(log, exportedAt)) != log) {
            std::fputs("exchange round trip changed an accepted log\n", stderr);
            std::abort();
        }
    } catch (const rd::ImportError& e) {
        std::fprintf(stderr, "an accepted log was refused after export: %s\n",
                     qPrintable(e.message()));
        std::abort();
    }
    return 0;
}
