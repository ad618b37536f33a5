#!/usr/bin/env bash
# The Linux packages as people get them: bundles the .deb and .rpm from the test build (debug
# profile; scripts/package.sh builds the release ones), validates their metadata, installs the
# .deb with apt-get, runs the installed app under Xvfb with a fresh HOME (tests/e2e.rs
# `installed_package_*`), removes the package and checks that nothing it installed is left.
# Called by scripts/test.sh; needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"

# Bundle the binary the tests just built (`tauri bundle`, no second compile: a `tauri build` would
# rebuild Tauri with other features, minutes on a clean CI machine). `cargo test --no-run` is a
# no-op after the test step and builds it when this script runs alone.
cargo test --workspace --features comptoir/custom-protocol --no-run -q
npx tauri bundle --debug --bundles deb,rpm --features custom-protocol
deb=$(ls -t target/debug/bundle/deb/*.deb | head -1)
rpm=$(ls -t target/debug/bundle/rpm/*.rpm | head -1)
fail() { echo "packages: $*" >&2; exit 1; }

echo "== metadata"
appstreamcli validate --no-net packaging/linux/ch.comptoir.desktop.metainfo.xml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/deb"
desktop-file-validate "$tmp/deb/usr/share/applications/Comptoir.desktop"
grep -q '^Categories=Office;Finance;$' "$tmp/deb/usr/share/applications/Comptoir.desktop" ||
  fail "the .desktop entry is not in Office/Finance"
# The menu entry in the app's five languages (packaging/linux/comptoir.desktop.hbs).
for key in Name GenericName Comment Keywords; do
  for lang in es fr de it; do
    grep -q "^$key\[$lang\]=." "$tmp/deb/usr/share/applications/Comptoir.desktop" ||
      fail "the .desktop entry has no $key[$lang]"
  done
done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' \
  "$tmp/deb/usr/share/doc/comptoir/copyright" || fail "no Debian-format copyright file"
dpkg-deb -f "$deb" Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' ||
  fail "the .deb's Maintainer has no e-mail address"
grep -q "<launchable type=\"desktop-id\">Comptoir.desktop</launchable>" \
  "$tmp/deb/usr/share/metainfo/ch.comptoir.desktop.metainfo.xml" ||
  fail "the AppStream file does not launch the packaged .desktop entry"
version=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json,sys; print([p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="comptoir"][0])')
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the .deb's version is not Cargo's $version"

echo "== the .rpm's files"
rpm -qpl "$rpm" | tee "$tmp/rpm-files"
for f in /usr/bin/comptoir /usr/share/applications/Comptoir.desktop \
  /usr/share/icons/hicolor/128x128/apps/comptoir.png /usr/share/icons/hicolor/32x32/apps/comptoir.png \
  /usr/share/metainfo/ch.comptoir.desktop.metainfo.xml /usr/share/doc/comptoir/LICENSE-fonts-Liberation \
  /usr/share/doc/comptoir/copyright; do
  grep -qx "$f" "$tmp/rpm-files" || fail "the .rpm lacks $f"
done
[[ $(rpm -qp --queryformat '%{VERSION}' "$rpm") == "$version" ]] || fail "the .rpm's version is not $version"

echo "== install the .deb"
$sudo apt-get install -y --no-install-recommends "$(realpath "$deb")"
dpkg -L comptoir > "$tmp/installed"
[[ -x /usr/bin/comptoir ]] || fail "/usr/bin/comptoir was not installed"
/usr/bin/comptoir --help > /dev/null || fail "the installed command line does not answer --help"

echo "== the installed app under Xvfb, fresh HOME"
status=0
COMPTOIR_INSTALLED_BIN=/usr/bin/comptoir NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  cargo test --features comptoir/custom-protocol --test e2e installed_package -- --ignored ||
  status=$?

echo "== remove it"
$sudo apt-get remove -y --purge comptoir
left=()
while read -r f; do
  [[ -e $f && ! -d $f ]] && left+=("$f")
done < "$tmp/installed"
[[ ${#left[@]} -eq 0 ]] || fail "left in /usr after removal: ${left[*]}"
[[ $status -eq 0 ]] || fail "the installed app's test failed"
echo "packages: built, installed, run and removed cleanly"
