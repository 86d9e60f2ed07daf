#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace routerlab {

// What a registration (a bus subscription, a UDP port, a hook, a listener) hands back: it
// undoes the registration when destroyed or reset. The registry gives out a weak view of its
// own lifetime, so a handle that outlives its registry is a harmless no-op — destruction may
// happen in any order.
class Registration {
public:
    Registration() = default;
    Registration(std::weak_ptr<const void> registryAlive, std::function<void()> undo)
        : m_registryAlive(std::move(registryAlive)), m_undo(std::move(undo))
    {
    }
    Registration(Registration &&other) noexcept
        : m_registryAlive(std::move(other.m_registryAlive)), m_undo(std::exchange(other.m_undo, {}))
    {
    }
    Registration &operator=(Registration &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_registryAlive = std::move(other.m_registryAlive);
            m_undo = std::exchange(other.m_undo, {});
        }
        return *this;
    }
    Registration(const Registration &) = delete;
    Registration &operator=(const Registration &) = delete;
    ~Registration() { reset(); }

    void reset()
    {
        auto undo = std::exchange(m_undo, {});
        if (undo && !m_registryAlive.expired())
            undo();
        m_registryAlive.reset();
    }
    bool active() const { return m_undo && !m_registryAlive.expired(); }

private:
    std::weak_ptr<const void> m_registryAlive;
    std::function<void()> m_undo;
};

// A registry's side of Registration: the token handles watch, and registered entries kept in
// the order they came, each with an id so a handle removes exactly its own.
template <class Entry>
class RegistrationList {
public:
    RegistrationList() = default;
    RegistrationList(const RegistrationList &) = delete;
    RegistrationList &operator=(const RegistrationList &) = delete;

    [[nodiscard]] Registration add(Entry entry)
    {
        const std::uint64_t id = m_nextId++;
        m_entries->emplace_back(id, std::move(entry));
        std::weak_ptr<std::vector<std::pair<std::uint64_t, Entry>>> entries = m_entries;
        return Registration(m_entries, [entries, id] {
            if (auto list = entries.lock())
                std::erase_if(*list, [id](const auto &item) { return item.first == id; });
        });
    }
    bool empty() const { return m_entries->empty(); }
    std::size_t size() const { return m_entries->size(); }

    // Calls `call(entry)` for every entry registered when it starts; an entry removed meanwhile
    // (a handler unsubscribing another) is skipped, one added meanwhile waits for the next round.
    template <class Call>
    void forEach(Call &&call) const
    {
        if (m_entries->empty())
            return;
        if (m_entries->size() == 1) {
            // The common case: copy the one entry so it may unregister itself while running.
            Entry only = m_entries->front().second;
            call(only);
            return;
        }
        const auto snapshot = *m_entries;
        for (const auto &[id, entry] : snapshot) {
            if (contains(id))
                call(entry);
        }
    }
    template <class Predicate>
    const Entry *findIf(Predicate &&predicate) const
    {
        for (const auto &[id, entry] : *m_entries) {
            if (predicate(entry))
                return &entry;
        }
        return nullptr;
    }

private:
    bool contains(std::uint64_t id) const
    {
        for (const auto &item : *m_entries) {
            if (item.first == id)
                return true;
        }
        return false;
    }

    std::shared_ptr<std::vector<std::pair<std::uint64_t, Entry>>> m_entries =
        std::make_shared<std::vector<std::pair<std::uint64_t, Entry>>>();
    std::uint64_t m_nextId = 1;
};

} // namespace routerlab
