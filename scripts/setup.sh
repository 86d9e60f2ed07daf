#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing from Debian, then configure and
# build into build/. Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

ROUTERLAB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUTERLAB_BUILD=${ROUTERLAB_BUILD:-$ROUTERLAB_ROOT/build}

routerlab_packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev
    libpcap-dev libssl-dev libboost-program-options-dev
    tshark xvfb xauth telnet
    clang libclang-rt-14-dev
)

routerlab_install_missing() {
    local missing=()
    for package in "${routerlab_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "routerlab: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # tshark asks whether non-root users may capture; answer it so the install never stops.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Extra arguments go to CMake's configure step (scripts/test --sanitize passes its flags).
routerlab_build() {
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    # Paths inside the tree are hashed relative to it, so a fresh clone reuses the cache.
    export CCACHE_BASEDIR=$ROUTERLAB_ROOT
    # -g would otherwise hash the build folder's path, so no other checkout could hit.
    export CCACHE_NOHASHDIR=1
    cmake -S "$ROUTERLAB_ROOT" -B "$ROUTERLAB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$ROUTERLAB_BUILD" -- -j"$(nproc)"
}
