# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# shellcheck shell=bash

SOUDAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOUDAN_BUILD="$SOUDAN_ROOT/build/default"

# Debian 12 packages the build, the tests and the client need.
SOUDAN_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    xvfb xauth fonts-noto-cjk dbus dbus-x11 dunst xdotool
    clang libclang-rt-14-dev
    libcpp-httplib-dev libsodium-dev libxml2-dev qtkeychain-qt6-dev postgresql
    openssl nginx
    qt6-svg-dev desktop-file-utils appstream libsqlite3-dev
    dpkg-dev lintian curl python3-yaml python3-jsonschema openapi-specification
)

soudan_install_packages() {
    local missing=()
    local pkg
    for pkg in "${SOUDAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

soudan_build() {
    cd "$SOUDAN_ROOT"
    if [ ! -f "$SOUDAN_BUILD/build.ninja" ]; then
        cmake --preset default
    fi
    cmake --build --preset default -- "$@"
}
