#!/usr/bin/env bash
# Builds Comptoir's installable bundles with the Tauri CLI, in release unless --debug:
#   Linux    .deb and .rpm (add --appimage where the network allows: its bundler downloads
#            AppRun and linuxdeploy at build time, which fails offline)
#   macOS    .app and .dmg
#   Windows  .msi and NSIS .exe (from Git Bash)
# Bundle metadata (identifier, publisher, categories, licence, AppStream file) is in
# tauri.conf.json and packaging/; the version comes from Cargo.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=()
extra=""
for a in "$@"; do
  case "$a" in
    --debug) profile=(--debug) ;;
    --appimage) extra=",appimage" ;;
    *) echo "usage: scripts/package.sh [--debug] [--appimage]" >&2; exit 2 ;;
  esac
done
case "$(uname -s)" in
  Linux) bundles="deb,rpm$extra" ;;
  Darwin) bundles="app,dmg" ;;
  MINGW* | MSYS* | CYGWIN*) bundles="msi,nsis" ;;
  *) echo "no bundles for $(uname -s)" >&2; exit 2 ;;
esac
[[ -d node_modules ]] || npm ci
# `custom-protocol` as well as the CLI's tauri/custom-protocol: the same features as the test
# build, so a --debug bundle reuses it instead of compiling the app again.
npx tauri build "${profile[@]}" --bundles "$bundles" --features custom-protocol
dir=target/$([[ ${#profile[@]} -gt 0 ]] && echo debug || echo release)/bundle
echo "Bundles in $dir:"
find "$dir" -maxdepth 2 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.AppImage' -o -name '*.dmg' -o -name '*.msi' -o -name '*.exe' \) -print
