#!/usr/bin/env python3
"""Startup benchmark (issue 12, item 2): time to first paint and memory after 5 s.

Launches a bare Tauri window and Comptoir on each workspace N times, interleaved (bare, then each
workspace, then bare again...), each with fresh XDG folders. First paint is the wall-clock time
the page reports (the bare page prints `first-paint <unix ms>` on stdout; Comptoir writes
`startup: first paint of ... at <unix ms>` to its app log when the first screen shows its data)
minus the launch instant. PSS is read from /proc/<pid>/smaps_rollup 5 s after launch, summed over
the app and every process under it (the WebKit web and network processes). Run under Xvfb and a
D-Bus session (scripts/bench.sh does).

    bench_startup.py --runs 5 --bare BIN --comptoir BIN demo=FILE 100k=FILE
"""

import argparse
import glob
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PSS_AFTER_S = 5.0
TIMEOUT_S = 60.0


def descendants(root):
    """`root` and every process under it."""
    children = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                text = f.read()
        except OSError:
            continue
        pid = int(stat.split("/")[2])
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(pid)
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def pss_kib(root):
    total = 0
    for pid in descendants(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def launch(cmd, log_glob_for=None, warm_home=None):
    """Runs one app; returns (first paint ms or None, PSS MiB, the startup log lines). With
    `warm_home`, the app keeps its XDG folders from one launch to the next (WebKit's and
    fontconfig's caches warm, as for a person's second launch); its old logs are removed."""
    home = warm_home or tempfile.mkdtemp(prefix="comptoir-startup-")
    if warm_home:
        for logs in glob.glob(f"{home}/data/*/logs"):
            shutil.rmtree(logs, ignore_errors=True)
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_CACHE_HOME=f"{home}/cache",
        COMPTOIR_REMINDERS="off",
        COMPTOIR_WINDOW_STATE="off",
        NO_AT_BRIDGE="1",
    )
    painted = {}

    def read_stdout(stream):
        for line in stream:
            m = re.match(r"first-paint (\d+)(?: navigation (\d+))?", line)
            if m and "at" not in painted:
                painted["at"] = int(m.group(1))
                if m.group(2):
                    painted["navigation"] = int(m.group(2))

    start_ms = time.time() * 1000
    proc = subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    threading.Thread(target=read_stdout, args=(proc.stdout,), daemon=True).start()
    log_lines = []
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while "at" not in painted and time.monotonic() < deadline and proc.poll() is None:
            if log_glob_for:
                for path in glob.glob(f"{home}/data/{log_glob_for}/logs/comptoir.log*"):
                    with open(path, errors="replace") as f:
                        for line in f:
                            m = re.search(r"startup: first paint of \S+ at (\d+) ms; navigation \+(\d+)", line)
                            if m:
                                painted["at"] = int(m.group(1))
                                painted["navigation"] = int(m.group(1)) - int(m.group(2))
            time.sleep(0.01)
        wait = start_ms / 1000 + PSS_AFTER_S - time.time()
        if wait > 0:
            time.sleep(wait)
        pss = pss_kib(proc.pid) / 1024
        if log_glob_for:
            for path in glob.glob(f"{home}/data/{log_glob_for}/logs/comptoir.log*"):
                with open(path, errors="replace") as f:
                    log_lines = [l.rstrip() for l in f if "startup" in l or "close time" in l]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        if not warm_home:
            shutil.rmtree(home, ignore_errors=True)
    first = painted["at"] - start_ms if "at" in painted else None
    navigation = painted["navigation"] - start_ms if "navigation" in painted else None
    return first, navigation, pss, log_lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--comptoir", required=True)
    ap.add_argument(
        "--cold",
        action="store_true",
        help="fresh XDG folders at every launch (no WebKit or fontconfig cache); default: one "
        "home per app kept across its launches, the warm-up launch filling the caches",
    )
    ap.add_argument("workspaces", nargs="+", help="label=FILE")
    a = ap.parse_args()
    targets = [("bare", [a.bare], None)]
    for w in a.workspaces:
        label, path = w.split("=", 1)
        targets.append((label, [a.comptoir, "--workspace", path], "ch.comptoir.desktop"))
    paints = {t[0]: [] for t in targets}
    pss = {t[0]: [] for t in targets}
    navs = {t[0]: [] for t in targets}
    logs = {}
    homes = {}
    for run in range(a.runs + 1):
        for label, cmd, log_dir in targets:
            home = None if a.cold else homes.setdefault(label, tempfile.mkdtemp(prefix="comptoir-startup-"))
            first, navigation, mib, lines = launch(cmd, log_dir, home)
            if run == 0:
                continue  # warm-up: page cache, fontconfig, WebKit's caches
            if first is not None:
                paints[label].append(first)
            pss[label].append(mib)
            logs[label] = lines
            if navigation is not None:
                navs[label].append(navigation)
            shown = f"{first:.0f} ms" if first is not None else "no paint"
            # When the page began loading, after launch: what comes before is the process and
            # the window; after, the page and its first frames.
            nav = f"  (page began at {navigation:.0f} ms)" if navigation is not None else ""
            print(f"  run {run} {label:<6} first paint {shown:>9}  PSS {mib:6.1f} MiB{nav}", flush=True)
    for home in homes.values():
        shutil.rmtree(home, ignore_errors=True)
    print("caches: " + ("cold (fresh XDG folders at every launch)" if a.cold else "warm (each app's XDG folders kept; launch 0 fills them)"))
    bare_paint = statistics.median(paints["bare"]) if paints["bare"] else float("nan")
    bare_pss = statistics.median(pss["bare"])
    print()
    print(f"{'startup':<24} {'median':>9} {'min':>7} {'max':>7} {'ratio':>6} {'goal':>6}")
    for label, _, _ in targets:
        p = paints[label]
        if not p:
            print(f"first paint, {label:<11} never painted")
            continue
        ratio = statistics.median(p) / bare_paint
        goal = "-" if label == "bare" else ("yes" if ratio <= 1.25 else "NO")
        print(
            f"first paint, {label:<11} {statistics.median(p):7.0f}ms {min(p):5.0f}ms {max(p):5.0f}ms "
            f"{ratio:5.2f}x {goal:>6}"
        )
    for label, _, _ in targets:
        n, p = navs[label], paints[label]
        if n and p:
            print(
                f"page began, {label:<12} {statistics.median(n):7.0f}ms after launch; painted "
                f"{statistics.median(p) - statistics.median(n):4.0f}ms after that (medians)"
            )
    for label, _, _ in targets:
        m = pss[label]
        ratio = statistics.median(m) / bare_pss
        goal = "-" if label == "bare" else ("yes" if ratio <= 1.3 else "NO")
        print(
            f"PSS 5 s, {label:<15} {statistics.median(m):6.0f}MiB {min(m):4.0f}MiB {max(m):4.0f}MiB "
            f"{ratio:5.2f}x {goal:>6}"
        )
    for label, lines in logs.items():
        if lines:
            print(f"\nstartup breakdown, {label} (last run's app log):")
            for line in lines:
                print("  " + re.sub(r"^\S+\s+", "", line)[:400])
    return 0 if all(paints.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
