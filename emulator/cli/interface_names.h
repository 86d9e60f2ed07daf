#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace routerlab::cli {

// The interface types a 7200 image knows, with the spellings IOS uses for them: the full name
// ("FastEthernet", typed in configs and shown by `show running-config`), the two-letter short
// form ("Fa", used by `show ip interface brief` columns, HSRP and OSPF debug lines) and the help
// texts `interface ?` and `interface FastEthernet ?` print.
struct InterfaceType {
    std::string_view name;
    std::string_view shortName;
    std::string_view help;
    std::string_view numberRange; // as `interface <type> ?` shows it: "<0-6>"
    std::string_view numberHelp;
    // Slotted types are numbered slot/port ("0/0", "3/0.1"); the others by one number ("0").
    bool slotted;
    bool allowsSubinterface;
};

// Every type, in the order IOS lists them (alphabetical, case-sensitive: uppercase first).
std::span<const InterfaceType> interfaceTypes();

// The type whose name `prefix` abbreviates, case-insensitively: an exact name wins, otherwise
// the prefix must be unique. nullptr for no match, an ambiguous prefix or an empty one.
const InterfaceType *findInterfaceType(std::string_view prefix);

// Whether `number` is a valid interface number for `type`: "0/0", "1/0", "3/0.1" for slotted
// types, "0", "12" for the others.
bool isInterfaceNumber(const InterfaceType &type, std::string_view number);

// Splits "fa0/0" into the type ("FastEthernet") and the number ("0/0"); nullopt when the text is
// not an abbreviated type immediately followed by a valid number.
struct InterfaceName {
    const InterfaceType *type = nullptr;
    std::string_view number;
};
std::optional<InterfaceName> parseInterfaceName(std::string_view text);

// "fa0/0", "FastEthernet0/0", "Lo0" -> "FastEthernet0/0", "Loopback0". The two-word form
// ("fa", "0/1") as typed after `interface`. nullopt when not an interface name.
std::optional<std::string> canonicalInterfaceName(std::string_view text);
std::optional<std::string> canonicalInterfaceName(std::string_view type, std::string_view number);

// "FastEthernet0/0" -> "Fa0/0", as IOS abbreviates in debug lines and brief tables. Anything that
// is not an interface name comes back unchanged.
std::string shortInterfaceName(std::string_view name);

} // namespace routerlab::cli
