#pragma once

// The commands of a real 7200 configuration that routerlab accepts and keeps without
// behaviour yet, declared with IOS's syntax and help so that '?', abbreviations and error
// markers work as on the router: global lines (`snmp-server`, `ntp`, `logging`, `banner`,
// `clock timezone`, `alias` ...), interface lines (`no ip redirects`, `no cdp enable` ...) and
// blocks (`router ospf`, `crypto isakmp policy`, `crypto map`, `control-plane`) with the lines
// typed inside them. A module that gives one of them behaviour removes it from the catalog.

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

void installKeptConfigCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
