#include "cli/interface_names.h"

#include "cli/cli_text.h"

#include <array>
#include <cctype>

namespace routerlab::cli {

namespace {

constexpr std::array<InterfaceType, 10> kInterfaceTypes{{
    {"ATM", "AT", "ATM interface", "<0-6>", "ATM interface number", true, true},
    {"Ethernet", "Et", "IEEE 802.3", "<0-6>", "Ethernet interface number", true, true},
    {"FastEthernet", "Fa", "FastEthernet IEEE 802.3", "<0-6>", "FastEthernet interface number",
     true, true},
    {"GigabitEthernet", "Gi", "GigabitEthernet IEEE 802.3z", "<0-6>",
     "GigabitEthernet interface number", true, true},
    {"Loopback", "Lo", "Loopback interface", "<0-2147483647>", "Loopback interface number", false,
     false},
    {"Null", "Nu", "Null interface", "<0-0>", "Null interface number", false, false},
    {"Port-channel", "Po", "Ethernet Channel of interfaces", "<1-64>",
     "Port-channel interface number", false, true},
    {"Serial", "Se", "Serial", "<0-6>", "Serial interface number", true, true},
    {"Tunnel", "Tu", "Tunnel interface", "<0-2147483647>", "Tunnel interface number", false,
     false},
    {"Vlan", "Vl", "Catalyst Vlans", "<1-4094>", "Vlan interface number", false, false},
}};

// Consumes one run of decimal digits (at most 10, which keeps every number inside 32 bits of
// IOS's own parser); false when there is none.
bool consumeDigits(std::string_view text, std::size_t &position)
{
    const std::size_t start = position;
    while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position])))
        ++position;
    return position > start && position - start <= 10;
}

} // namespace

std::span<const InterfaceType> interfaceTypes()
{
    return kInterfaceTypes;
}

const InterfaceType *findInterfaceType(std::string_view prefix)
{
    if (prefix.empty())
        return nullptr;
    const InterfaceType *found = nullptr;
    int count = 0;
    for (const InterfaceType &type : kInterfaceTypes) {
        if (!startsWithCaseless(type.name, prefix))
            continue;
        if (type.name.size() == prefix.size())
            return &type;
        found = &type;
        ++count;
    }
    return count == 1 ? found : nullptr;
}

bool isInterfaceNumber(const InterfaceType &type, std::string_view number)
{
    std::size_t position = 0;
    if (!consumeDigits(number, position))
        return false;
    int slashes = 0;
    while (position < number.size() && number[position] == '/') {
        ++position;
        if (!consumeDigits(number, position))
            return false;
        ++slashes;
    }
    if (position < number.size() && number[position] == '.') {
        if (!type.allowsSubinterface)
            return false;
        ++position;
        if (!consumeDigits(number, position))
            return false;
    }
    if (position != number.size())
        return false;
    return type.slotted ? slashes >= 1 : slashes == 0;
}

std::optional<InterfaceName> parseInterfaceName(std::string_view text)
{
    std::size_t split = 0;
    while (split < text.size() && !std::isdigit(static_cast<unsigned char>(text[split])))
        ++split;
    if (split == 0 || split == text.size())
        return std::nullopt;
    const InterfaceType *type = findInterfaceType(text.substr(0, split));
    if (type == nullptr || !isInterfaceNumber(*type, text.substr(split)))
        return std::nullopt;
    return InterfaceName{type, text.substr(split)};
}

std::optional<std::string> canonicalInterfaceName(std::string_view text)
{
    const std::optional<InterfaceName> name = parseInterfaceName(text);
    if (!name)
        return std::nullopt;
    return std::string(name->type->name) + std::string(name->number);
}

std::optional<std::string> canonicalInterfaceName(std::string_view type, std::string_view number)
{
    const InterfaceType *found = findInterfaceType(type);
    if (found == nullptr || !isInterfaceNumber(*found, number))
        return std::nullopt;
    return std::string(found->name) + std::string(number);
}

std::string shortInterfaceName(std::string_view name)
{
    const std::optional<InterfaceName> parsed = parseInterfaceName(name);
    if (!parsed)
        return std::string(name);
    return std::string(parsed->type->shortName) + std::string(parsed->number);
}

} // namespace routerlab::cli
