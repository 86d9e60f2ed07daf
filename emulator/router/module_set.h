#pragma once

#include "router/protocol_module.h"

#include <memory>
#include <typeindex>
#include <utility>
#include <vector>

namespace routerlab {

// The protocol modules one boot of a router has created, in creation order: that order is the
// order they hear of events in, and the reverse of the order they are destroyed in.
class ModuleSet {
public:
    ModuleSet() = default;
    ModuleSet(const ModuleSet &) = delete;
    ModuleSet &operator=(const ModuleSet &) = delete;
    ~ModuleSet() { stopAll(); }

    // Module M, created (M(ModuleContext &)) the first time something needs it.
    template <class M>
    M &get(ModuleContext &context)
    {
        if (M *existing = find<M>())
            return *existing;
        auto created = std::make_unique<M>(context);
        M &module = *created;
        m_modules.emplace_back(std::type_index(typeid(M)), std::move(created));
        return module;
    }
    // nullptr while nothing has needed the module during this boot.
    template <class M>
    M *find() const
    {
        for (const auto &[type, module] : m_modules) {
            if (type == std::type_index(typeid(M)))
                return static_cast<M *>(module.get());
        }
        return nullptr;
    }

    template <class Call>
    void forEach(Call &&call) const
    {
        // By index: a module may create another one while it is told of an event.
        for (std::size_t i = 0; i < m_modules.size(); ++i)
            call(*m_modules[i].second);
    }

    // Every module stops while all of them still exist, then they go, newest first.
    void stopAll()
    {
        forEach([](ProtocolModule &module) { module.stop(); });
        while (!m_modules.empty())
            m_modules.pop_back();
    }

private:
    std::vector<std::pair<std::type_index, std::unique_ptr<ProtocolModule>>> m_modules;
};

} // namespace routerlab
