import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { api } from "../lib/ipc";
import { firstPaint, keepOverview, takeOverview } from "../lib/startup";
import type { OrganizationOverview } from "../lib/bindings";

afterEach(() => {
  clearMocks();
  vi.restoreAllMocks();
});

describe("startup line (issue 12)", () => {
  it("says once, after two frames, when the first screen painted and which commands ran before", async () => {
    mockIPC(() => ({ language: null, os_languages: [] }));
    await api.uiPreferences();
    await api.workspaceInfo();
    const lines: string[] = [];
    vi.spyOn(console, "info").mockImplementation((...args: unknown[]) => lines.push(args.join(" ")));
    const frames: (() => void)[] = [];
    const raf = (cb: () => void) => frames.push(cb);
    const before = Date.now();
    firstPaint("organization", raf);
    firstPaint("renewals", raf);
    expect(frames).toHaveLength(1); // once per window
    frames.shift()?.();
    expect(lines).toEqual([]); // not before the second frame
    frames.shift()?.();
    expect(lines).toHaveLength(1);
    const m = /^startup: first paint of organization at (\d+) ms; .*commands \(sent-replied, ms\): ui_preferences \d+-\d+, workspace_info \d+-\d+; frames at [+\d, ]* ms$/.exec(
      lines[0] ?? "",
    );
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(before);
  });
});

describe("the overview that came with the startup reply (issue 12)", () => {
  const overview = (id: number) =>
    ({ organization: { id }, members: [], members_total: 0, actor: null, teams: [] }) as unknown as OrganizationOverview;

  it("is shown once, for its own organization only", () => {
    keepOverview(overview(1));
    expect(takeOverview(1)?.organization.id).toBe(1);
    expect(takeOverview(1)).toBeNull(); // the next load asks the engine
    keepOverview(overview(1));
    expect(takeOverview(2)).toBeNull(); // another organization: asked, and the kept one dropped
    expect(takeOverview(1)).toBeNull();
  });
});
