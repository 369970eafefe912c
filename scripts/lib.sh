# Shared by scripts/run, scripts/test and scripts/bench. Source it; do not run it.
# shellcheck shell=bash

LEADBOX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Everything needed to build, run and test on Debian 12. See docs/building.md for why each is here.
LEADBOX_PACKAGES=(
  build-essential cmake ninja-build pkg-config git libsqlite3-dev
  qt6-base-dev libqt6sql6-sqlite libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libspdlog-dev libssl-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libcpp-httplib-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick sqlite3 clang-format
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the packages above that are not installed yet. Does nothing (and needs no network)
# when all are present.
ensure_packages() {
  local missing=() pkg
  for pkg in "${LEADBOX_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_install "${missing[@]}"
}

# Installs the given Debian packages (apt-get update first), as root or through sudo.
apt_install() {
  log "Installing $# missing package(s): $*"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: $*"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || die "apt-get update failed; check the network"
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install failed for: $*"
}

# Configures (once) and builds a CMake preset: dev, release, asan or headless.
build_preset() {
  local preset="$1"; shift
  cd "$LEADBOX_ROOT"
  if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    log "Configuring ($preset)"
    cmake --preset "$preset" "$@" >/dev/null || die "cmake configure failed ($preset)"
  fi
  log "Building ($preset)"
  cmake --build "build/$preset" --parallel "$(nproc)" || die "build failed ($preset)"
}
