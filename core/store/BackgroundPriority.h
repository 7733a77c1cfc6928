#pragma once

namespace rd {

/// Lowers the calling thread's priority by ten nice steps (Linux, where the
/// nice value belongs to the thread), once per thread.
///
/// For work the user does not wait on (the signals after a change, the
/// history): beside the UI thread on the same core it takes about a tenth
/// of it, so a redraw is not slowed, yet it still gets its share when other
/// programs keep every core busy. (`QThread::IdlePriority`, `SCHED_IDLE`,
/// starved it then: the signals of a large team took minutes, and quitting
/// waited for them.) An unprivileged thread cannot raise its priority again,
/// so only a pool that runs nothing else may call this.
void lowerThisThreadsPriority();

} // namespace rd
