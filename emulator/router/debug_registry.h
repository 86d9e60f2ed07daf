#pragma once

// The `debug` framework every protocol module registers its categories into, after FRR's
// *_debug.c files: a category is a name ("ip packet", "arp", later "standby", "crypto isakmp"),
// the group `show debugging` lists it under and the sentence it prints. Each router keeps the
// categories that are on in its DebugFlags; modules test them on their hot paths and print
// through the router's logger so `service timestamps debug` applies.
//
//   debug_registry (this file)  DebugFlags, category commands, undebug all, show debugging
//   ip/ip_debug                 debug ip packet [acl] [detail], debug arp

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab {

namespace cli {
class CommandTree;
class CommandContext;
} // namespace cli
class Router;

// What one category prints, in `show debugging` and when it is switched on or off.
struct DebugCategory {
    std::string name;              // "arp": the words after `debug`
    std::string group;             // "Generic IP": the heading `show debugging` lists it under
    std::string text;              // "ARP packet debugging": "... is on" / "... is off"
    std::vector<std::string> help; // one per word of `name`
};

// A category as hot paths test it: a small number, given out once per name for the whole
// process, so `debug standby packets` costs one vector index per packet, not a string lookup.
class DebugCategoryId {
public:
    std::size_t index() const { return m_index; }

private:
    friend DebugCategoryId debugCategoryId(std::string_view name);
    explicit DebugCategoryId(std::size_t index) : m_index(index) {}
    std::size_t m_index;
};
// The id of a category name (its `debug` words): the same name always gives the same id.
DebugCategoryId debugCategoryId(std::string_view name);

// The categories that are on at one router, with what each was switched on with.
class DebugFlags {
public:
    struct Setting {
        std::string group;
        std::string text;   // the whole `show debugging` line: "IP packet debugging is on"
        int accessList = 0; // debug ip packet 101: only what list 101 permits
        bool detail = false;
    };

    bool enabled(std::string_view category) const { return m_on.find(category) != m_on.end(); }
    bool enabled(DebugCategoryId category) const
    {
        return category.index() < m_byId.size() && m_byId[category.index()];
    }
    const Setting *find(std::string_view category) const;
    void set(const std::string &category, Setting setting);
    bool clear(std::string_view category);
    void clearAll()
    {
        m_on.clear();
        m_order.clear();
        m_byId.clear();
    }
    bool any() const { return !m_on.empty(); }

    // `show debugging`: each group once, its categories under it, in the order switched on.
    std::string show() const;

private:
    std::map<std::string, Setting, std::less<>> m_on;
    std::vector<std::string> m_order;
    std::vector<bool> m_byId; // indexed by DebugCategoryId
};

// `debug NAME`, `no debug NAME` and `undebug NAME` for a category without options; the id is
// what the module tests its flag with.
DebugCategoryId installDebugCategory(cli::CommandTree &tree, const DebugCategory &category);
// Switches a category on or off from a handler and prints IOS's confirmation; for categories
// that install their own syntax (debug ip packet 101 detail).
void enableDebug(cli::CommandContext &context, const std::string &category,
                 DebugFlags::Setting setting);
void disableDebug(cli::CommandContext &context, const DebugCategory &category);
// `undebug all`, `no debug all` and `show debugging`; once per command tree.
void installDebugCommands(cli::CommandTree &tree);

} // namespace routerlab
