#pragma once

#include <cstddef>

namespace routerlab::bench {

// The scheduler's raw rate, free of any protocol work, next to its floor: the same pattern on a
// bare std::priority_queue of (time, sequence) with a cancelled flag per event, which is the
// least a deterministic event queue with cancel can do. A round schedules an event within the
// window the `pending` events cover and runs the next due one, so `pending` stay queued; when
// `cancelling`, it also schedules one past the window and cancels the one it scheduled there
// sixteen rounds earlier, as a restarted timer does. Prints the rounds per second of both and
// their ratio.
void printSchedulerRate(std::size_t pending, std::size_t rounds, bool cancelling);

} // namespace routerlab::bench
