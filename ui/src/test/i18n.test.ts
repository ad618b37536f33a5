import { describe, expect, it } from "vitest";
import { detectLocale, hasMessage, isLocale, setLocale, t, translate } from "../lib/i18n/index.svelte";

describe("locale", () => {
  it("follows the OS preference list, English as fallback", () => {
    expect(detectLocale(["es-ES", "en-US"])).toBe("es");
    expect(detectLocale(["pt-BR", "es_AR"])).toBe("es");
    expect(detectLocale(["pt-BR", "ja"])).toBe("en");
    expect(detectLocale([])).toBe("en");
  });

  it("switches at run time", () => {
    setLocale("es");
    expect(t("nav.invoices")).toBe("Facturas");
    setLocale("en");
    expect(t("nav.invoices")).toBe("Invoices");
    expect(document.documentElement.lang).toBe("en");
  });

  it("fills variables and leaves a missing one visible", () => {
    expect(translate("es", "ren.expiryCard", { date: "03/2027" })).toBe("caduca 03/2027");
    expect(translate("en", "ren.expiryCard")).toBe("expires {$date}");
  });

  it("knows which keys built from data exist", () => {
    expect(hasMessage("rule.ORG-3")).toBe(true);
    expect(hasMessage("rule.XYZ-1")).toBe(false);
  });

  it("recognises only offered languages", () => {
    expect(isLocale("es")).toBe(true);
    expect(isLocale("pt")).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
