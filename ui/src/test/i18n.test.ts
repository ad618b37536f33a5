import { describe, expect, it } from "vitest";
import { detectLocale, en, es, isLocale, setLocale, t, translate } from "../lib/i18n/index.svelte";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  it("Spanish has every English key and no other", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("no message is empty", () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("Spanish keeps the same placeholders as English", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe("locale", () => {
  it("follows the OS preference list, English as fallback", () => {
    expect(detectLocale(["es-ES", "en-US"])).toBe("es");
    expect(detectLocale(["de-CH", "es_AR"])).toBe("es");
    expect(detectLocale(["fr-CH", "de-CH"])).toBe("en");
    expect(detectLocale([])).toBe("en");
  });

  it("switches at run time", () => {
    setLocale("es");
    expect(t("nav.invoices")).toBe("Facturas");
    setLocale("en");
    expect(t("nav.invoices")).toBe("Invoices");
    expect(document.documentElement.lang).toBe("en");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("es", "ren.inDays", { n: 5 })).toBe("en 5 días");
    expect(translate("en", "ren.inDays")).toBe("in {n} days");
  });

  it("recognises only complete languages", () => {
    expect(isLocale("es")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
