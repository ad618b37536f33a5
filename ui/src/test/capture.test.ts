import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { captureApi } from "../lib/ipc";
import { installUiLog } from "../lib/uilog";
import { contentBoxes, screenBoxes, sensitiveBoxes } from "../features/support/capture/sensitive";
import type { UiLogEntry } from "../lib/bindings";

afterEach(() => clearMocks());

describe("UI log forwarding", () => {
  it("forwards console lines, uncaught errors and rejections, and survives a failing send", async () => {
    const sent: UiLogEntry[] = [];
    const target = new EventTarget() as unknown as Window;
    const originalError = vi.fn();
    const fake = { debug: vi.fn(), log: vi.fn(), info: vi.fn(), warn: vi.fn(), error: originalError } as unknown as Console;
    let fail = false;
    installUiLog(
      (e) => {
        sent.push(e);
        return fail ? Promise.reject(new Error("refused")) : Promise.resolve(true);
      },
      target,
      fake,
    );
    fake.warn("slow", { ms: 900 });
    fake.log("x".repeat(10_000));
    target.dispatchEvent(Object.assign(new Event("error"), { message: "boom", filename: "app.js", lineno: 3, colno: 9, error: new TypeError("boom") }));
    target.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: new Error("nope") }));
    fail = true;
    fake.error("after a refusal");
    await Promise.resolve();
    expect(sent.map((e) => [e.level, e.source])).toEqual([
      ["warn", "console"],
      ["info", "console"],
      ["error", "error"],
      ["error", "unhandledrejection"],
      ["error", "console"],
    ]);
    expect(sent[0]?.message).toBe('slow {"ms":900}');
    expect(sent[1]?.message.length).toBe(4096);
    expect(sent[2]?.message).toBe("boom (app.js:3:9)");
    expect(sent[2]?.stack).toContain("TypeError");
    expect(sent[3]?.message).toBe("Error: nope");
    // The original console still runs, once per call (no loop through a failing send).
    expect(originalError).toHaveBeenCalledTimes(1);
  });
});

describe("sensitive fields", () => {
  it("reports the visible boxes of marked fields with their kind", () => {
    document.body.innerHTML = `<span data-sensitive="email">a@b.ch</span><span data-sensitive="password">x</span><span data-sensitive="iban" hidden>CH</span>`;
    const spans = document.querySelectorAll("span");
    spans[0]!.getBoundingClientRect = () => ({ left: 10, top: 20, width: 50, height: 12, right: 60, bottom: 32 }) as DOMRect;
    spans[1]!.getBoundingClientRect = () => ({ left: 0, top: 0, width: 5, height: 5, right: 5, bottom: 5 }) as DOMRect;
    expect(sensitiveBoxes()).toEqual([{ kind: "email", x: 10, y: 20, width: 50, height: 12 }]);
  });

  // Third review: text typed in the composer and addresses in other lists were not marked, so
  // not pre-redacted. Every text on screen goes to the engine's redactor as a candidate.
  it("sends every visible text and field value as a candidate, each with its box", () => {
    document.body.innerHTML = `
      <table><tr><td class="mail">anna.meier@example.ch</td><td>Owner</td></tr></table>
      <span data-sensitive="email">bob@acme.ch</span>
      <textarea>initial</textarea><input type="text" /><input type="checkbox" />
      <p hidden>hidden@example.ch</p>`;
    const rect = (left: number) => () => ({ left, top: 5, width: 80, height: 14, right: left + 80, bottom: 19 }) as DOMRect;
    for (const [i, el] of [...document.querySelectorAll<HTMLElement>("td, span, textarea, input, p")].entries()) {
      el.getBoundingClientRect = rect(10 * i);
    }
    document.querySelector("textarea")!.value = "Write to carla@example.ch please";
    document.querySelector<HTMLInputElement>("input[type=text]")!.value = "CH93 0076 2011 6238 5295 7";
    const texts = contentBoxes().map((b) => [b.text, b.x]);
    expect(texts).toEqual([
      ["anna.meier@example.ch", 0],
      ["Owner", 10],
      ["Write to carla@example.ch please", 30],
      ["CH93 0076 2011 6238 5295 7", 40],
    ]);
    // The marked field goes once, without text (always redacted).
    expect(screenBoxes().filter((b) => b.text === undefined)).toEqual([{ kind: "email", x: 20, y: 5, width: 80, height: 14 }]);
  });
});

describe("capture client", () => {
  it("sends the shell's argument names", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    await captureApi.screen(null, { delay: 3, hide: false, sensitive: [] });
    await captureApi.consoleStart("http://127.0.0.1:8080/", 30);
    await captureApi.exportAppLog({ kind: "last_hour" });
    expect(calls).toEqual([
      ["capture_screen", { monitor: null, delay: 3, hide: false, sensitive: [] }],
      ["console_capture_start", { url: "http://127.0.0.1:8080/", seconds: 30 }],
      ["export_app_log", { window: { kind: "last_hour" } }],
    ]);
  });
});
