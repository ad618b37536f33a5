import { describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import UsersTab from "../features/organization/UsersTab.svelte";
import type { Member, Organization } from "../lib/bindings";
import { setLocale, t } from "../lib/i18n/index.svelte";
import { settle } from "./dom";

const member = (user_id: number, role: Member["role"], status: Member["status"]): Member =>
  ({
    user_id,
    organization_id: 1,
    display_name: `User ${user_id}`,
    email: `u${user_id}@example.ch`,
    language: "en",
    role,
    status,
    contacts: { billing: false, technical: false, legal_notices: false },
    team_ids: [],
    last_login_at: null,
  }) as unknown as Member;

// Review finding: on a provider workspace "Resend invitation", "Replace legal representative"
// and a role change were offered, then always refused by the engine ("Field: kind").
describe("UsersTab on a provider workspace", () => {
  for (const fromProvider of [false, true]) {
    it(`offers resend, replace and role change only where the engine allows them (provider: ${fromProvider})`, async () => {
      mockIPC((cmd) => {
        if (cmd === "list_outbox") return [];
        if (cmd.startsWith("plugin:event")) return 1;
        throw new Error(`unexpected ${cmd}`);
      });
      setLocale("en");
      const target = document.createElement("div");
      document.body.appendChild(target);
      const members = [member(1, "legal_representative", "active"), member(2, "user", "invited")];
      const app = mount(UsersTab, {
        target,
        props: {
          organization: { id: 1, name: "Org" } as Organization,
          members,
          teams: [],
          actorId: 1,
          actorRole: "legal_representative",
          reload: async () => {},
          flash: () => {},
          fromProvider,
        },
      });
      await settle();
      expect(target.querySelector("[data-testid=resend]") !== null).toBe(!fromProvider);
      expect(target.querySelector("[data-testid=replace-rep]") !== null).toBe(!fromProvider);
      target.querySelectorAll<HTMLButtonElement>("[data-testid=edit-user]")[1]!.click();
      flushSync();
      await settle();
      const role = target.querySelector<HTMLSelectElement>("[data-testid=member-role]")!;
      expect(role.disabled).toBe(fromProvider);
      const why = target.querySelector("[data-testid=role-on-provider]");
      expect(why?.textContent ?? null).toBe(fromProvider ? t("refusal.not_in_public_api") : null);
      unmount(app);
    });
  }
});
