#!/usr/bin/env bash
# Installs what Comptoir needs on Debian/Ubuntu; idempotent, quick when all is there.
#   scripts/setup.sh          what running the app needs
#   scripts/setup.sh --test   plus what the tests need (Xvfb, WebKitWebDriver, tauri-driver...)
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=false
[[ "${1:-}" == "--test" ]] && want_tests=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Build and run (see shared platform notes): WebKitGTK 4.1 and friends.
apt_app=(build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev
  # Screen capture (xcap): PipeWire for the Wayland portal, clang for its bindings.
  libpipewire-0.3-dev libspa-0.2-dev libclang-dev libgbm-dev)
# Tests: a virtual display, WebKit's WebDriver, a private D-Bus with a Secret Service and a
# notification server (dunst, for the reminder test), tools that read what we produce.
apt_test=(xvfb webkit2gtk-driver dbus dbus-x11 gnome-keyring imagemagick poppler-utils qpdf
  fonts-dejavu-core xdotool python3-venv dunst x11-xserver-utils openbox
  # Packages (scripts/test-packages.sh): the .rpm's file list, the .desktop and AppStream checks.
  rpm desktop-file-utils appstream)

packages=("${apt_app[@]}")
$want_tests && packages+=("${apt_test[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Toolchains: Rust through rustup, Node.js >= 20.19 (Vite 8). Neither is installed silently.
if ! command -v cargo >/dev/null; then
  echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
if ! command -v node >/dev/null || ! node -e '
  const [a, b] = process.versions.node.split(".").map(Number);
  process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "Node.js 20.19 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
if command -v rustup >/dev/null; then
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
fi

# Front-end packages, exactly as locked.
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "Installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Independent QR-bill checks (PyPI qrbill, zxing-cpp): in a venv of the project's own, since a
# fresh Debian refuses system-wide pip installs.
if $want_tests && ! target/py/bin/python -c "import qrbill, zxingcpp, PIL, icalendar" 2>/dev/null; then
  say "Installing the QR-bill test tools (qrbill, zxing-cpp, pillow, icalendar) into target/py"
  python3 -m venv target/py
  target/py/bin/pip install --quiet --disable-pip-version-check qrbill zxing-cpp pillow icalendar
fi

if $want_tests && ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
  say "Installing tauri-driver (2.x)"
  cargo install tauri-driver --locked --version '^2'
fi
