import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { api, CommandError } from "../lib/ipc";

afterEach(() => clearMocks());

describe("typed IPC client", () => {
  it("calls the shell's command names with camelCase arguments", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { status: "none", clients: [] };
    });
    await api.partnerOverview(7);
    await api.setLanguage("es");
    await api.topUp(1, "0,10", "es", "visa", "topup-key-0001");
    expect(calls).toEqual([
      ["partner_overview", { organizationId: 7 }],
      ["set_language", { language: "es" }],
      ["top_up", { organizationId: 1, amount: "0,10", locale: "es-ES", method: "visa", idempotencyKey: "topup-key-0001" }],
    ]);
  });

  it("sends amounts with the Intl tag of the language, so the Swiss rules apply", async () => {
    const sent: unknown[] = [];
    mockIPC((_cmd, args) => {
      sent.push((args as { locale: string }).locale);
      return { amount: "1000.00", currency: "CHF" };
    });
    for (const lang of ["en", "es", "fr", "de", "it"] as const) {
      await api.topUpPreview(1, "1'000", lang, "visa");
    }
    expect(sent).toEqual(["en-CH", "es-ES", "fr-CH", "de-CH", "it-CH"]);
  });

  it("turns the shell's {code, message, rule?, field?} into a CommandError", async () => {
    mockIPC(() => {
      throw { code: "rule_violation", message: "last legal representative", rule: "ORG-7" };
    });
    const err = await api.workspaceInfo().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).detail).toEqual({
      code: "rule_violation",
      message: "last legal representative",
      rule: "ORG-7",
    });
  });

  it("wraps refusals that are plain strings as internal errors", async () => {
    mockIPC(() => {
      throw "workspace_info not allowed";
    });
    const err = (await api.workspaceInfo().catch((e: unknown) => e)) as CommandError;
    expect(err.detail.code).toBe("internal");
    expect(err.message).toContain("not allowed");
  });
});
