// Forwards the UI's console lines, uncaught errors and unhandled rejections to the app log
// (one command, bounded in size and rate by the shell). Never forwards its own failures.
import type { UiLevel, UiLogEntry } from "./bindings";

type Send = (entry: UiLogEntry) => Promise<unknown>;

const MAX = 4096;

function text(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export function installUiLog(send: Send, target: Window = window, c: Console = console): void {
  const forward = (entry: UiLogEntry) => {
    entry.message = entry.message.slice(0, MAX);
    send(entry).catch(() => {});
  };
  const levels: [keyof Console & ("debug" | "log" | "info" | "warn" | "error"), UiLevel][] = [
    ["debug", "debug"],
    ["log", "info"],
    ["info", "info"],
    ["warn", "warn"],
    ["error", "error"],
  ];
  for (const [method, level] of levels) {
    const original = c[method].bind(c);
    c[method] = (...args: unknown[]) => {
      forward({ level, message: args.map(text).join(" "), source: "console", stack: null });
      original(...args);
    };
  }
  target.addEventListener("error", (e: ErrorEvent) => {
    const where = e.filename ? ` (${e.filename}:${e.lineno}:${e.colno})` : "";
    forward({
      level: "error",
      message: `${e.message}${where}`,
      source: "error",
      stack: e.error instanceof Error && e.error.stack ? e.error.stack.slice(0, MAX) : null,
    });
  });
  target.addEventListener("unhandledrejection", (e: PromiseRejectionEvent) => {
    const r: unknown = e.reason;
    forward({
      level: "error",
      message: text(r),
      source: "unhandledrejection",
      stack: r instanceof Error && r.stack ? r.stack.slice(0, MAX) : null,
    });
  });
}
