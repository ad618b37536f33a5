#!/usr/bin/env bash
# Issue 12's benchmarks in one run, every figure beside its goal: builds release (Comptoir, the
# bare Tauri window of benches/bare-tauri, the workspace generator), writes the demo and the
# 100,000-product workspaces, then runs the startup bench (first paint and PSS against the bare
# window, under Xvfb, caches warm; BENCH_COLD=1 for fresh caches at every launch), the UI bench
# (sort and preset changes on the real window), the store bench (every preset x sort x search),
# the PDF bench and the binary sizes. Not part of scripts/test.sh (benchmarks never slow the tests).
#
#   scripts/bench.sh                 # everything (about 20 min once the release build exists)
#   BENCH_RUNS=9 scripts/bench.sh    # launches per app in the startup bench (default 5)
#   BENCH_UI_RUNS=20 scripts/bench.sh # rounds of the UI bench (default 20)
#   BENCH_SKIP=store,pdf,ui scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
RUNS="${BENCH_RUNS:-5}"
# Rounds of the UI bench: its goal is a p95, which needs about 20 samples (of 9, it is the
# slowest one).
UI_RUNS="${BENCH_UI_RUNS:-20}"
SKIP="${BENCH_SKIP:-}"
TARGET="${CARGO_TARGET_DIR:-$PWD/target}"
WORK="$TARGET/bench"
mkdir -p "$WORK"
step() { printf '\n== %s\n' "$*"; }
skip() { [[ ",$SKIP," == *",$1,"* ]]; }
# A bench that fails is said, and the others still run (the run's status says it at the end).
FAILED=()
run_bench() { local name=$1; shift; "$@" || { echo "!! the $name bench failed (exit $?)"; FAILED+=("$name"); }; }

step "Release build (UI bundle, Comptoir, bare Tauri window, workspace generator)"
[[ -d node_modules ]] || npm ci
npm run build >/dev/null
cargo build --release --features custom-protocol --bin comptoir
# The workspace generator with the benchmarks' profile (no LTO: see Cargo.toml).
cargo build --profile bench -p comptoir-store --example big_workspace
# The bare window is its own workspace: same lock file, so the same tauri.
cp Cargo.lock benches/bare-tauri/Cargo.lock
cargo build --release --manifest-path benches/bare-tauri/Cargo.toml --target-dir "$TARGET"

step "Workspaces"
rm -f "$WORK"/demo.sqlite3* "$WORK"/100k.sqlite3*
"$TARGET/release/examples/big_workspace" "$WORK/demo.sqlite3" 0
t0=$(date +%s.%N)
"$TARGET/release/examples/big_workspace" "$WORK/100k.sqlite3" 100000
printf 'seeded 100,000 products in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"

if ! skip startup; then
  step "Startup: first paint and PSS after 5 s against a bare Tauri window ($RUNS launches each, interleaved)"
  echo "goals: first paint <= 1.25x bare, PSS <= 1.3x bare, on the demo and on 100,000 products"
  run_bench startup env NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    python3 scripts/bench_startup.py --runs "$RUNS" ${BENCH_COLD:+--cold} \
    --bare "$TARGET/release/bare-tauri" --comptoir "$TARGET/release/comptoir" \
    "demo=$WORK/demo.sqlite3" "100k=$WORK/100k.sqlite3"
fi

if ! skip ui; then
  step "UI: sort or preset change to the new rows on screen, 100,000 products (goal: <= 50 ms p95 each)"
  run_bench ui env NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    python3 scripts/bench_ui.py --runs "$UI_RUNS" --comptoir "$TARGET/release/comptoir" \
    --workspace "$WORK/100k.sqlite3"
fi

if ! skip store; then
  step "Store: renewals table at 100,000 products (goal: every combination <= 5 ms p95)"
  run_bench store cargo bench -q -p comptoir-store --bench table
fi

if ! skip pdf; then
  step "PDF: invoice rendering (goal: <= 3 ms per invoice with the QR-bill, one thread)"
  run_bench pdf cargo bench -q -p comptoir-invoice --bench render
fi

step "Release binary (goal: reported against the bare app)"
size() { stat -c %s "$1"; }
mib() { echo "scale=1; $1 / 1048576" | bc; }
strip -o "$WORK/comptoir.stripped" "$TARGET/release/comptoir"
strip -o "$WORK/bare.stripped" "$TARGET/release/bare-tauri"
c=$(size "$TARGET/release/comptoir")
cs=$(size "$WORK/comptoir.stripped")
b=$(size "$WORK/bare.stripped")
echo "comptoir $(mib "$c") MiB as built ($(mib "$cs") MiB stripped); bare Tauri $(mib "$b") MiB stripped;" \
  "ratio $(echo "scale=2; $cs / $b" | bc)x"
if ((${#FAILED[@]})); then
  echo "!! failed: ${FAILED[*]}"
  exit 1
fi
