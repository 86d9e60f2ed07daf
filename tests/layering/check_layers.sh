#!/usr/bin/env bash
# The layering rules the build cannot see: which folders may name which. The build already
# refuses an upper header included from below (each layer's include directory holds only its
# own folders and those it links); this checks the rest, which a link graph would allow.
#   - the GUI reaches the emulator's routers, IP stack, links and protocols only through the
#     bridge (gui/runtime/emulator_bridge.*), and learns their state from events;
#   - ip/ never includes router/ (the router builds on IPv4, not the other way round);
#   - nothing in the emulator names a protocol module (HSRP, later OSPF, IKE, IPsec) outside
#     its own folder and the registry, so each is written inside its own folder.
set -u
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
failures=0

fail() {
    echo "layering: $1"
    failures=$((failures + 1))
}

# Code lines of a C++ or CMake file: comments removed, so a comment may mention what code may
# not use.
code_of() {
    case "$1" in
    *CMakeLists.txt) sed -e 's:#.*$::' "$1" ;;
    *) sed -e 's://.*$::' "$1" ;;
    esac
}

while IFS= read -r file; do
    case "$file" in
    gui/runtime/emulator_bridge.h | gui/runtime/emulator_bridge.cpp) continue ;;
    esac
    if grep -nE '^[[:space:]]*#include[[:space:]]+"(router|ip|link|protocols)/' "$file"; then
        fail "$file includes an emulator router/ip/link/protocols header; go through the bridge"
    fi
done < <(find gui -name '*.h' -o -name '*.cpp' | sort)

while IFS= read -r file; do
    if grep -nE '^[[:space:]]*#include[[:space:]]+"router/' "$file"; then
        fail "$file (ip/) includes a router/ header"
    fi
done < <(find emulator/ip -name '*.h' -o -name '*.cpp' | sort)

# Every protocol module: its folder name (hsrp), its namespace (hsrp::), its types (Hsrp...),
# its target (routerlab_hsrp) appear nowhere else in the emulator but in the registry (its
# include and its line) and in emulator/CMakeLists.txt (its target, and the registry linking it).
for folder in emulator/protocols/*/; do
    module=$(basename "$folder")
    camel="$(printf '%s' "${module:0:1}" | tr '[:lower:]' '[:upper:]')${module:1}"
    pattern="(protocols/${module}/|\b${module}::|\b${camel}[A-Z][A-Za-z]*|routerlab_${module}\b)"
    while IFS= read -r file; do
        case "$file" in
        "$folder"*) continue ;;
        esac
        lines=$(code_of "$file" | grep -cE "$pattern")
        [ "$lines" -eq 0 ] && continue
        case "$file" in
        emulator/protocols/protocol_registry.cpp | emulator/CMakeLists.txt)
            if [ "$lines" -gt 2 ]; then
                code_of "$file" | grep -nE "$pattern"
                fail "$file names $module on $lines lines; it needs two"
            fi
            ;;
        *)
            code_of "$file" | grep -nE "$pattern"
            fail "$file names $module outside $folder and the registry"
            ;;
        esac
    done < <(find emulator -name '*.h' -o -name '*.cpp' -o -name 'CMakeLists.txt' | sort)
done

if [ "$failures" -gt 0 ]; then
    echo "layering: $failures rule(s) broken"
    exit 1
fi
echo "layering: all rules hold"
