# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by packaging/dev/demo, packaging/dev/test and tests/fuzz/run.sh (sourced, not run).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"

# Each step with the time since the script started, so CI shows where its minutes go.
say() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' packaging/dev/debian-packages.txt)
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() { # preset [targets...]
    local preset=$1; shift
    export CCACHE_DIR=${CCACHE_DIR:-$top/build/.ccache}
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    say "Configuring ($preset)"
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
    say "Building ($preset)${*:+: $*}"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}
