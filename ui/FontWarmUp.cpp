#include "FontWarmUp.h"

#include <dlfcn.h>
#include <thread>

namespace rd::ui {

namespace {

std::thread& warmUpThread()
{
    static std::thread thread;
    return thread;
}

} // namespace

void beginFontWarmUp()
{
    // The very function Qt's font database calls first, from the fontconfig
    // library Qt GUI already loaded: no dependency of our own.
    using Init = int (*)();
    const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
    if (init && !warmUpThread().joinable())
        warmUpThread() = std::thread(init);
}

void endFontWarmUp()
{
    // Joined before Qt's first FcInit: two threads loading the configuration at
    // once would each do all of the work.
    if (warmUpThread().joinable())
        warmUpThread().join();
}

} // namespace rd::ui
