#pragma once

// Configuration lines a 7200 accepts that have no behaviour here yet (`snmp-server`, `ntp`,
// `banner`, `router ospf` until OSPF exists ...): kept as IOS prints them, so that a startup
// config survives a boot and `write memory` unchanged. One store per boot; the command
// catalog that fills it is in kept_config_cli.cpp.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace routerlab {

class ConfigWriter;

// One kept line, or a block header with the lines typed inside it (`crypto map vpn 10
// ipsec-isakmp` and its `set peer`s).
struct KeptLine {
    int order = 0;
    std::uint64_t sequence = 0; // entry order, so lines of one position print as typed
    std::string text;
    std::map<std::string, KeptLine> children; // by key
};

class KeptConfig {
public:
    // The scope of global lines; an interface's lines are kept under its name.
    static constexpr const char *kGlobal = "";

    // Adds the line, or replaces the one with the same key (a second `snmp-server location`
    // replaces the first; `ntp server` lines differ by address, so each is its own key).
    // A replaced line keeps its place.
    KeptLine &set(const std::string &scope, const std::string &key, int order, std::string text);
    // Inside the block `blockKey` of the global scope; false when the block is gone.
    bool setChild(const std::string &blockKey, const std::string &key, int order, std::string text);
    // `no ...`: removes every line whose key starts with `keyPrefix` (a whole word of it).
    void remove(const std::string &scope, const std::string &keyPrefix);
    void removeChild(const std::string &blockKey, const std::string &keyPrefix);
    void forgetScope(const std::string &scope) { m_scopes.erase(scope); }

    // The lines of a scope whose order lies in [from, to), in order then entry order; children
    // follow their header, indented by one space. `separated`: a "!" around each line (blocks
    // IOS sets apart, such as crypto map entries).
    void write(const std::string &scope, int from, int to, int indent, ConfigWriter &out,
               bool separated = false) const;
    bool empty() const { return m_scopes.empty(); }

private:
    std::map<std::string, std::map<std::string, KeptLine>> m_scopes;
    std::uint64_t m_nextSequence = 0;
};

} // namespace routerlab
