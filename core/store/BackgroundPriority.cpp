#include "BackgroundPriority.h"

#include <algorithm>
#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace rd {

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    constexpr int lowerBy = 10;
    constexpr int lowest = 19;
    const auto self = static_cast<id_t>(gettid());
    const int current = getpriority(PRIO_PROCESS, self);
    // Failing leaves the thread at its priority: slower redraws, nothing lost.
    (void)setpriority(PRIO_PROCESS, self, std::min(current + lowerBy, lowest));
#endif
}

} // namespace rd
