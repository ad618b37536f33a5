import { afterEach, describe, expect, it } from "vitest";
import { setLocale, t } from "../lib/i18n/index.svelte";
import { linkKey, writeNoteOf } from "../features/provider/source";
import { legalFormText } from "../lib/legalForm";

// Issue 10 review: a 503 read "no connection", a write held by a conflict read "queued until
// the provider answers", and the provider's legal form showed as its raw value.
afterEach(() => setLocale("en"));

describe("provider status in words", () => {
  it("a 503 says the provider is unavailable, not that there is no connection", () => {
    setLocale("es");
    expect(t(linkKey("offline", "unavailable"))).toContain("no está disponible");
    expect(t(linkKey("offline", "offline"))).toContain("No se pudo contactar");
    expect(t("prov.unavailable", { count: 2 })).toBe("Proveedor no disponible · 2 cambios en espera");
  });

  it("a write behind a conflict waits for the conflict, not for the provider", () => {
    expect(writeNoteOf({ last_write_sent: false, blocked_by: 7 })).toBe("held");
    expect(writeNoteOf({ last_write_sent: false, blocked_by: null })).toBe("queued");
    expect(writeNoteOf({ last_write_sent: true, blocked_by: null })).toBe("sent");
    expect(writeNoteOf({ last_write_sent: null, blocked_by: null })).toBeNull();
    setLocale("es");
    expect(t("prov.writeHeld")).toContain("conflicto");
    expect(t("prov.writeHeld")).not.toContain("cuando el proveedor responda");
  });

  it("legal forms are translated; a local form is shown as typed", () => {
    setLocale("es");
    expect(legalFormText("company")).toBe("Empresa");
    expect(legalFormText("public_body")).toBe("Organismo público");
    expect(legalFormText("Sàrl")).toBe("Sàrl");
  });
});
