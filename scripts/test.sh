#!/usr/bin/env bash
# Sets up and runs every check and test: formatting, clippy, UI lint and type check, Vitest,
# the Rust unit/integration/mock-runtime tests and the end-to-end tests on the real window.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n\033[1m==> %s\033[0m (%ss)\n' "$*" "$(($(date +%s) - start))"; }

step "Setup"
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"
export COMPTOIR_TEST_PYTHON="$PWD/target/py/bin/python"

step "Rules copy"
if [[ -f ../shared/reference/rules.md ]] && ! cmp -s docs/rules.md ../shared/reference/rules.md; then
  echo "docs/rules.md differs from ../shared/reference/rules.md: copy it over and update RuleId." >&2
  exit 1
fi

step "Domain crates stay Tauri-free"
for manifest in crates/*/Cargo.toml; do
  if cargo tree --manifest-path "$manifest" -e normal,build,dev --prefix none | grep -qi '^tauri'; then
    echo "$manifest depends on Tauri: domain crates must not." >&2
    exit 1
  fi
done

step "cargo fmt --check"
cargo fmt --all -- --check

step "UI build (embedded into the app binary)"
npm run build

step "UI lint, type check, unit tests"
npm run lint
npm run check
npm test

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --features comptoir/custom-protocol -- -D warnings

step "OS keyring: the provider token through a headless, unlocked gnome-keyring"
# A fresh HOME each run (a reused one with another password stays locked); cargo and rustup keep
# theirs. COMPTOIR_REQUIRE_KEYRING turns the test's "skipped" into a failure here.
keyring_home=$(mktemp -d)
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" \
  HOME="$keyring_home" COMPTOIR_REQUIRE_KEYRING=1 dbus-run-session -- sh -c \
  'printf comptoir | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
   cargo test -p comptoir-provider --test keyring_os'
rm -rf "$keyring_home"

step "cargo test (core, store, shell on the mock runtime, end-to-end under Xvfb)"
mkdir -p target/e2e-screenshots
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- cargo test --workspace --features comptoir/custom-protocol

step "Linux packages: the .deb built, installed, run under Xvfb and removed; the .rpm's files"
bash scripts/test-packages.sh

step "All checks passed; screenshots in target/e2e-screenshots/"
