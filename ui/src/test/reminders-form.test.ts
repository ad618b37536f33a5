import { describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import RemindersForm from "../features/settings/RemindersForm.svelte";
import { setLocale, t } from "../lib/i18n/index.svelte";
import type { Organization } from "../lib/bindings";
import { settle } from "./dom";

describe("RemindersForm", () => {
  it("says a bad days value in the form's own words beside the field, never as an internal error", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "organization_overview") return { members: [] };
      if (cmd === "notification_settings") return { days_before: [14, 7, 1], recipients: [] };
      if (cmd === "os_notifications") return true;
      throw new Error(`unexpected ${cmd}`);
    });
    for (const lang of ["en", "fr"] as const) {
      setLocale(lang);
      const target = document.createElement("div");
      document.body.appendChild(target);
      const app = mount(RemindersForm, { target, props: { organization: { id: 1, name: "Org" } as Organization } });
      await settle();
      const input = target.querySelector<HTMLInputElement>("[data-testid=rem-days]")!;
      input.value = "14, sept";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      flushSync();
      target.querySelector<HTMLFormElement>("[data-testid=reminders-form]")!.requestSubmit();
      await settle();
      const problem = target.querySelector("[data-testid=rem-days-problem]");
      expect(problem?.textContent).toBe(t("rem.notNumbers"));
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(target.textContent).not.toContain(t("refusal.generic.internal"));
      expect(target.querySelector("[role=alert].error")).toBeNull();
      expect(calls).not.toContain("set_notification_settings");
      unmount(app);
    }
  });
});
