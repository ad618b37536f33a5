#!/usr/bin/env bash
# Sets up, builds and launches Comptoir on the demo workspace (seeded on first run in the OS
# app-data folder). Extra arguments go to the app, e.g. `--workspace /path/to/file.sqlite3`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
cargo build --features custom-protocol
exec ./target/debug/comptoir "$@"
