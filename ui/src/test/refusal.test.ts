import { afterEach, describe, expect, it } from "vitest";
import outboxSource from "../../../crates/comptoir-store/src/outbox.rs?raw";
import providerErrorSource from "../../../crates/comptoir-provider/src/error.rs?raw";
import { hasMessage, setLocale, t, translate } from "../lib/i18n/index.svelte";
import { refusalText } from "../lib/refusal";

// Issue 10 review: every refusal on the provider path is a sentence in the reader's language,
// never the engine's English text or a field id. The codes come from the Rust sources, so a new
// code without its message fails here.

/** The reason codes of `OUTBOX_REASONS` (the outbox's states in words). */
function outboxReasons(): string[] {
  const list = outboxSource.slice(outboxSource.indexOf("pub const OUTBOX_REASONS"));
  const body = list.slice(list.indexOf("["), list.indexOf("];"));
  return [...body.matchAll(/^\s*"([a-z_]+)",/gm)].map((m) => m[1] ?? "");
}

/** The codes `ProviderError::code()` gives (what the shell puts in `params.reason`). */
function providerErrorCodes(): string[] {
  const body = providerErrorSource.slice(providerErrorSource.indexOf("pub fn code(&self)"));
  const arms = body.slice(0, body.indexOf("\n    }\n"));
  return [...arms.matchAll(/=> "([a-z_]+)"/g)].map((m) => m[1] ?? "");
}

afterEach(() => setLocale("en"));

describe("provider-path refusals", () => {
  it("read the codes from the Rust sources", () => {
    expect(outboxReasons()).toEqual(expect.arrayContaining(["offline", "server_error", "invalid_email", "changed_on_provider"]));
    expect(providerErrorCodes()).toEqual(expect.arrayContaining(["unauthorized", "rate_limited", "server", "connection", "conflict", "validation"]));
  });

  it("every outbox reason and every provider error code has its sentence", () => {
    const missing = [
      ...outboxReasons().filter((r) => !hasMessage(`prov.reason.${r}`)).map((r) => `prov-reason-${r}`),
      ...providerErrorCodes().filter((c) => !hasMessage(`refusal.${c}`)).map((c) => `refusal-${c}`),
    ];
    expect(missing).toEqual([]);
  });

  it("are said in Spanish: offline, 429, 5xx, conflict, expired token, a 422 naming a field", () => {
    setLocale("es");
    const english = "could not reach the provider: connection refused";
    // What the shell sends: the engine's English sentence, a field id, and the reason code.
    const said = (reason: string) => refusalText({ message: english, params: { reason } });
    expect(said("connection")).toBe("No se pudo contactar con el proveedor. Compruebe la conexión y vuelva a intentarlo.");
    expect(said("rate_limited")).toContain("60 solicitudes por minuto");
    expect(said("server")).toBe("El proveedor tuvo un error. Vuelva a intentarlo en un momento.");
    expect(said("conflict")).toContain("Cambió en el proveedor");
    expect(said("unauthorized")).toContain("rechazó el token");
    expect(said("gone_on_provider")).toContain("se eliminó en el proveedor");
    for (const r of ["connection", "rate_limited", "server", "conflict", "unauthorized", "not_connected"]) {
      expect(said(r)).not.toBe(english);
    }
    // The queued writes' reasons, as the outbox panel and the rows show them.
    expect(t("prov.reason.offline")).not.toBe(translate("en", "prov.reason.offline"));
    expect(t("prov.reason.invalid_email")).toBe("El proveedor rechazó la dirección de correo electrónico.");
    expect(t("prov.reason.changed_on_provider")).not.toBe(translate("en", "prov.reason.changed_on_provider"));
    expect(t("prov.sendProgress", { done: 3, total: 100, minutes: 2 })).toBe("3 de 100 enviados · quedan unos 2 min");
  });

  it("fall back to a generic sentence in Spanish, the engine's in English, when there is no reason code", () => {
    setLocale("es");
    expect(refusalText({ code: "conflict", message: "something else", params: undefined })).toBe(
      "Esto choca con datos que cambiaron o ya existen. Actualice y vuelva a intentarlo.",
    );
    setLocale("en");
    expect(refusalText({ code: "conflict", message: "something else", params: undefined })).toBe("something else");
  });
});
