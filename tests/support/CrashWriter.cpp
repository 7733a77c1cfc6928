// Test helper for the kill -9 test: commits single decisions one by one and
// prints each id only after its commit returned.
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <cstdio>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    try {
        rd::Database db(QString::fromLocal8Bit(argv[1]));
        if (!rd::PeopleRepository(db).find(u"p1"_s))
            rd::PeopleRepository(db).add(rd::Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
        rd::DecisionRepository decisions(db);
        const int count = QString::fromLocal8Bit(argv[2]).toInt();
        for (int i = 0; i < count; ++i) {
            rd::Decision d;
            d.personId = u"p1"_s;
            d.date = QDate(2026, 1, 1).addDays(i % 365);
            d.title = u"Crash-test decision %1"_s.arg(i);
            d.level = rd::DelegationLevel::Advise;
            const qint64 id = decisions.add(d);
            std::printf("%lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    } catch (const rd::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
