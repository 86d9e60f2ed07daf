#include "core/scheduler.h"

#include <algorithm>

namespace routerlab {

namespace {

template<class Entry>
bool earlier(const Entry &a, const Entry &b)
{
    return a.when != b.when ? a.when < b.when : a.sequence < b.sequence;
}

// A four-ary heap: half the levels of a binary one, and the four children of a node share a
// cache line or two, which is what a deep queue pays for.
constexpr std::size_t kArity = 4;

template<class Entry>
void siftUp(Entry *heap, std::size_t hole, Entry entry)
{
    while (hole > 0) {
        const std::size_t parent = (hole - 1) / kArity;
        if (!earlier(entry, heap[parent]))
            break;
        heap[hole] = heap[parent];
        hole = parent;
    }
    heap[hole] = entry;
}

// The earliest of the children from `first` on, or `size` when there are none. Four full
// children play two rounds of a tournament, whose first round's comparisons run side by side.
template<class Entry>
std::size_t earliestChild(const Entry *heap, std::size_t size, std::size_t first)
{
    if (first + kArity <= size) {
        const std::size_t left = earlier(heap[first + 1], heap[first]) ? first + 1 : first;
        const std::size_t right = earlier(heap[first + 3], heap[first + 2]) ? first + 3 : first + 2;
        return earlier(heap[right], heap[left]) ? right : left;
    }
    if (first >= size)
        return size;
    std::size_t best = first;
    for (std::size_t child = first + 1; child < size; ++child) {
        if (earlier(heap[child], heap[best]))
            best = child;
    }
    return best;
}

template<class Entry>
void siftDown(Entry *heap, std::size_t size, std::size_t hole, Entry entry)
{
    while (true) {
        const std::size_t best = earliestChild(heap, size, hole * kArity + 1);
        if (best == size || !earlier(heap[best], entry))
            break;
        heap[hole] = heap[best];
        hole = best;
    }
    heap[hole] = entry;
}

template<class Entry>
void pushHeap(std::vector<Entry> &heap, Entry entry)
{
    heap.push_back(entry);
    siftUp(heap.data(), heap.size() - 1, entry);
}

// Removes the head: its hole sinks along the earliest children to a leaf, then the last entry
// fills it from below (it almost always belongs near the bottom, so this beats sifting down).
template<class Entry>
void popHeap(std::vector<Entry> &heap)
{
    const Entry last = heap.back();
    heap.pop_back();
    const std::size_t size = heap.size();
    if (size == 0)
        return;
    Entry *data = heap.data();
    std::size_t hole = 0;
    while (true) {
        const std::size_t best = earliestChild(data, size, hole * kArity + 1);
        if (best == size)
            break;
        data[hole] = data[best];
        hole = best;
    }
    siftUp(data, hole, last);
}

// Floyd's bottom-up build: every parent, last first, sifts down into the heaps below it.
template<class Entry>
void makeHeap(std::vector<Entry> &heap)
{
    if (heap.size() < 2)
        return;
    for (std::size_t parent = (heap.size() - 2) / kArity + 1; parent-- > 0;)
        siftDown(heap.data(), heap.size(), parent, heap[parent]);
}

// Below this many entries tombstones are left to the head to skip: a sweep would cost more.
constexpr std::size_t kSmallestSweptQueue = 64;

} // namespace

void EventHandle::cancel()
{
    if (m_scheduler) {
        m_scheduler->cancel(m_slot, m_sequence);
        m_scheduler = nullptr;
    }
}

Scheduler::Scheduler() = default;
Scheduler::~Scheduler()
{
    // Pending actions go while the scheduler is whole: their captures may cancel other events.
    std::fill(m_sequences.begin(), m_sequences.end(), kNoEvent);
    for (const auto &chunk : m_actions) {
        for (std::uint32_t index = 0; index < kSlotsPerChunk; ++index)
            chunk[index].reset();
    }
}

std::uint32_t Scheduler::takeFreeSlot()
{
    if (m_freeSlots.empty()) {
        const auto first = static_cast<std::uint32_t>(m_actions.size()) * kSlotsPerChunk;
        m_actions.push_back(std::make_unique<InlineAction[]>(kSlotsPerChunk));
        m_sequences.resize(m_sequences.size() + kSlotsPerChunk, kNoEvent);
        // Handed out lowest first, so a small lab touches few cache lines.
        for (std::uint32_t slot = first + kSlotsPerChunk; slot > first; --slot)
            m_freeSlots.push_back(slot - 1);
    }
    const std::uint32_t slot = m_freeSlots.back();
    m_freeSlots.pop_back();
    return slot;
}

void Scheduler::releaseSlot(std::uint32_t slot)
{
    m_sequences[slot] = kNoEvent;
    actionAt(slot).reset();
    m_freeSlots.push_back(slot);
}

std::uint32_t Scheduler::enqueue(SimTime when)
{
    const std::uint32_t slot = takeFreeSlot();
    const std::uint64_t sequence = m_nextSequence++;
    m_sequences[slot] = sequence;
    pushHeap(m_queue, Entry{when, sequence, slot});
    return slot;
}

// The head may be a tombstone that is earlier still: then whoever listens already woke for it,
// and finding nothing due there looks again.
void Scheduler::tellIfEarliest(std::uint32_t slot)
{
    const Entry &head = m_queue.front();
    if (head.slot == slot && isLive(head))
        m_earlierEventListener(head.when);
}

void Scheduler::cancel(std::uint32_t slot, std::uint64_t sequence)
{
    if (!isPending(slot, sequence))
        return;
    // Counted first: destroying the action may cancel others and sweep the queue.
    ++m_tombstones;
    releaseSlot(slot);
    if (m_tombstones * 2 > m_queue.size() && m_queue.size() >= kSmallestSweptQueue)
        sweepTombstones();
}

void Scheduler::sweepTombstones() const
{
    // Every entry has a distinct (when, sequence), so the rebuilt heap pops in the same order.
    std::erase_if(m_queue, [this](const Entry &entry) { return !isLive(entry); });
    makeHeap(m_queue);
    m_tombstones = 0;
}

void Scheduler::dropCancelledHead() const
{
    while (!m_queue.empty() && !isLive(m_queue.front())) {
        popHeap(m_queue);
        --m_tombstones;
    }
}

bool Scheduler::hasPendingEvents() const
{
    dropCancelledHead();
    return !m_queue.empty();
}

std::optional<SimTime> Scheduler::nextEventTime() const
{
    dropCancelledHead();
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.front().when;
}

bool Scheduler::runNext()
{
    dropCancelledHead();
    if (m_queue.empty())
        return false;
    const Entry entry = m_queue.front();
    popHeap(m_queue);
    m_now = entry.when;
    // No longer pending from here: the action may cancel or restart its own timer.
    m_sequences[entry.slot] = kNoEvent;
    ++m_executed;
    ++m_runningEvents;
    // The slot is recycled even when the action throws.
    struct Release {
        Scheduler &scheduler;
        std::uint32_t slot;
        ~Release()
        {
            --scheduler.m_runningEvents;
            scheduler.releaseSlot(slot);
        }
    } release{*this, entry.slot};
    InlineAction &action = actionAt(entry.slot);
    if (action)
        action();
    return true;
}

void Scheduler::runUntil(SimTime until)
{
    while (true) {
        if (stopRequested())
            return;
        auto next = nextEventTime();
        if (!next || *next > until)
            break;
        runNext();
    }
    if (until > m_now)
        m_now = until;
}

bool Scheduler::runUntilIdle(SimTime limit)
{
    while (true) {
        if (stopRequested())
            return false;
        auto next = nextEventTime();
        if (!next)
            return true;
        if (*next > limit) {
            m_now = limit;
            return false;
        }
        runNext();
    }
}

} // namespace routerlab
