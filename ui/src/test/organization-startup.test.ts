import { afterEach, describe, expect, it } from "vitest";
import { mount, unmount } from "svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import OrganizationPage from "../features/organization/OrganizationPage.svelte";
import { keepOverview } from "../lib/startup";
import { setLocale } from "../lib/i18n/index.svelte";
import type { Organization, OrganizationOverview, WorkspaceInfo } from "../lib/bindings";
import { settle } from "./dom";

afterEach(() => keepOverview(null));

const organization = { id: 1, name: "Alpina Hosting SA", currency: "CHF" } as unknown as Organization;
const overview = {
  organization,
  members: [],
  members_total: 0,
  actor: null,
  teams: [],
} as unknown as OrganizationOverview;

function mountPage(calls: string[]) {
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === "organization_overview") return overview;
    return [];
  });
  setLocale("en");
  const target = document.createElement("div");
  document.body.appendChild(target);
  return mount(OrganizationPage, {
    target,
    props: {
      organization,
      organizations: [organization],
      info: { signed_in_user_id: 1, today: "2026-11-28" } as unknown as WorkspaceInfo,
      refresh: async () => {},
    },
  });
}

describe("the Organization page at startup (issue 12)", () => {
  it("shows the overview that came with the startup reply without asking for it again", async () => {
    const calls: string[] = [];
    keepOverview(overview);
    const page = mountPage(calls);
    await settle();
    // Review finding: taking the kept overview wrote what the load had read, and the load ran
    // again at once, asking the engine for the same overview.
    expect(calls.filter((c) => c === "organization_overview")).toEqual([]);
    unmount(page);
  });

  it("asks once when nothing came with the startup reply", async () => {
    const calls: string[] = [];
    const page = mountPage(calls);
    await settle();
    expect(calls.filter((c) => c === "organization_overview")).toHaveLength(1);
    unmount(page);
  });
});
