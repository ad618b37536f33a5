import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { api, onCommandDone } from "../lib/ipc";
import { ANNOUNCED, QUIET, announcer } from "../lib/announce";
import buildRs from "../../../src-tauri/build.rs?raw";
import { TOAST_MS, dismiss, pause, resume, toast, toasts } from "../lib/toast.svelte";

/** The shell's commands, as src-tauri/build.rs grants them. */
function shellCommands(): string[] {
  const source = buildRs;
  const list = source.slice(source.indexOf("const COMMANDS"), source.indexOf("];"));
  return [...list.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]!);
}

function clear() {
  for (const t of [...toasts]) dismiss(t.id);
}

beforeEach(() => {
  vi.useFakeTimers();
  clear();
});
afterEach(() => {
  onCommandDone(null);
  clearMocks();
  clear();
  vi.useRealTimers();
});

describe("toasts", () => {
  it("every shell command either says what it changed or is listed as quiet", () => {
    const commands = shellCommands();
    expect(commands.length).toBeGreaterThan(90);
    const unclassified = commands.filter((c) => !(c in ANNOUNCED) && !QUIET.has(c));
    expect(unclassified).toEqual([]);
    const both = commands.filter((c) => c in ANNOUNCED && QUIET.has(c));
    expect(both).toEqual([]);
    // No stale names either: every classified command exists.
    const stale = [...Object.keys(ANNOUNCED), ...QUIET].filter((c) => !commands.includes(c));
    expect(stale).toEqual([]);
  });

  it("leaves after 8 s, but stays while hovered or focused", () => {
    const a = toast("one");
    toast("two");
    expect(toasts.map((t) => t.text)).toEqual(["one", "two"]);
    pause(a);
    vi.advanceTimersByTime(TOAST_MS + 1);
    expect(toasts.map((t) => t.text)).toEqual(["one"]);
    vi.advanceTimersByTime(60_000);
    expect(toasts.map((t) => t.text)).toEqual(["one"]);
    // Left alone again: the full time runs anew.
    resume(a);
    vi.advanceTimersByTime(TOAST_MS - 1000);
    expect(toasts).toHaveLength(1);
    vi.advanceTimersByTime(1001);
    expect(toasts).toHaveLength(0);
  });

  it("an offer marked sticky stays until closed, hovered or not", () => {
    const offer = toast("open the other workspace?", { tone: "info", sticky: true });
    toast("saved");
    vi.advanceTimersByTime(TOAST_MS * 5);
    expect(toasts.map((t) => t.text)).toEqual(["open the other workspace?"]);
    pause(offer);
    resume(offer);
    vi.advanceTimersByTime(TOAST_MS * 5);
    expect(toasts).toHaveLength(1);
    dismiss(offer);
    expect(toasts).toHaveLength(0);
  });

  it("waits behind an open dialog instead of leaving unseen", () => {
    const dialog = document.createElement("dialog");
    dialog.setAttribute("open", "");
    document.body.append(dialog);
    toast("behind");
    vi.advanceTimersByTime(TOAST_MS * 3);
    expect(toasts).toHaveLength(1);
    dialog.remove();
    vi.advanceTimersByTime(1001);
    expect(toasts).toHaveLength(0);
  });

  it("a removal says how many went, and Undo asks the engine and reloads the section", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "remove_members")
        return [
          { user_id: 6, display_name: "Luca", error: null },
          { user_id: 7, display_name: "Nina", error: null },
          { user_id: 1, display_name: "Claire", error: { code: "rule_violation", message: "no", rule: "ORG-7" } },
        ];
      if (cmd === "undo_removal") return 2;
      return null;
    });
    const refresh = vi.fn();
    onCommandDone(announcer(refresh));
    await api.removeMembers(1, [6, 7, 1]);
    expect(toasts).toHaveLength(1);
    expect(toasts[0]!.text).toBe("2 users removed, 1 kept.");
    const undo = toasts[0]!.actions.find((a) => a.testid === "toast-undo")!;
    await undo.run();
    expect(calls).toEqual(["remove_members", "undo_removal"]);
    expect(refresh).toHaveBeenCalledOnce();
    // The offer is gone; what happened instead is said.
    expect(toasts.map((t) => t.text)).toEqual(["Undone: 2 users are back."]);
  });

  it("a replacement offers Undo; a refused undo is said, not lost", async () => {
    mockIPC((cmd) => {
      if (cmd === "undo_replacement") throw { code: "conflict", message: "too late to undo" };
      return null;
    });
    const refresh = vi.fn();
    onCommandDone(announcer(refresh));
    await api.replaceLegalRepresentative(1, 1, 3, null);
    expect(toasts[0]!.text).toBe("Legal representative replaced.");
    await toasts[0]!.actions[0]!.run();
    expect(refresh).not.toHaveBeenCalled();
    expect(toasts.at(-1)).toMatchObject({ tone: "danger", text: "That did not work: too late to undo" });
  });

  it("after Save PDF: Open and Show in folder ask the shell about that path", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === "save_document" ? "/home/me/INV-2026-0001.pdf" : null;
    });
    onCommandDone(announcer(() => {}));
    await api.saveDocument(5);
    const [open, show] = toasts[0]!.actions;
    expect([open!.label, show!.label]).toEqual(["Open", "Show in folder"]);
    await open!.run();
    await show!.run();
    expect(calls.slice(1)).toEqual([
      ["open_saved", { path: "/home/me/INV-2026-0001.pdf" }],
      ["show_saved", { path: "/home/me/INV-2026-0001.pdf" }],
    ]);
    // A cancelled save says nothing.
    clear();
    mockIPC(() => null);
    await api.saveDocument(5);
    expect(toasts).toHaveLength(0);
  });
});
