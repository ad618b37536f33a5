import { describe, expect, it, vi } from "vitest";
import { allSources, detectLocale, swissGrouping, type MessageKey, hasMessage, isLocale, setLocale, t, translate } from "../lib/i18n/index.svelte";

const SOURCES = await allSources();

describe("locale", () => {
  it("follows the OS preference list, English as fallback", () => {
    expect(detectLocale(["es-ES", "en-US"])).toBe("es");
    expect(detectLocale(["pt-BR", "es_AR"])).toBe("es");
    expect(detectLocale(["pt-BR", "ja"])).toBe("en");
    expect(detectLocale(["de-CH"])).toBe("de");
    expect(detectLocale(["fr_CH.UTF-8"])).toBe("fr");
    expect(detectLocale(["it"])).toBe("it");
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
    // A key typed only as MessageKey is not checked: at run time a missing variable shows.
    expect(translate("en", "ren.expiryCard" as MessageKey)).toBe("expires {$date}");
  });

  it("keys and variables are checked at compile time (svelte-check fails on an unused expect-error)", () => {
    // @ts-expect-error an unknown key
    expect(translate("en", "nav.nothing")).toBe("nav.nothing");
    // @ts-expect-error a variable the message needs is missing
    expect(translate("en", "ren.expiryCard")).toBe("expires {$date}");
    // @ts-expect-error a variable the message does not have
    expect(translate("en", "ren.expiryCard", { date: "x", when: "y" })).toBe("expires x");
    // @ts-expect-error a message without variables takes none
    expect(translate("en", "nav.invoices", { n: 1 })).toBe("Invoices");
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

describe("plurals and agreement through Fluent selectors", () => {
  it("one and many, in each language", () => {
    expect(translate("en", "manage.title", { n: 1 })).toBe("Manage the renewal of 1 product");
    expect(translate("en", "manage.title", { n: 3 })).toBe("Manage renewals of 3 products");
    expect(translate("es", "remove.title", { n: 1 })).toBe("¿Eliminar a 1 usuario?");
    expect(translate("es", "remove.title", { n: 2 })).toBe("¿Eliminar a 2 usuarios?");
    expect(translate("fr", "ren.matching", { n: 1 })).toBe("1 produit correspond");
    expect(translate("de", "ren.matching", { n: 2 })).toBe("2 Produkte passen");
    expect(translate("it", "ren.selected", { n: 1 })).toBe("1 selezionato");
    expect(translate("es", "remove.summary", { ok: 1, refused: 2 })).toBe("1 eliminado, 2 se quedan.");
  });

  it("says one user and one day in the singular (issue 13 review)", () => {
    const one = { es: "Perderá", fr: "Cet utilisateur perd", it: "Perde l’accesso", de: "Diese Person verliert", en: "This user loses" };
    const many = { es: "Perderán", fr: "Ils perdent", it: "Perdono", de: "Diese Personen verlieren", en: "They lose" };
    for (const lang of ["en", "es", "fr", "de", "it"] as const) {
      expect(translate(lang, "remove.body", { n: 1 }).startsWith(one[lang]), lang).toBe(true);
      expect(translate(lang, "remove.body", { n: 3 }).startsWith(many[lang]), lang).toBe(true);
    }
    const tooLate = (lang: "en" | "es" | "fr" | "de" | "it", days: number) =>
      translate(lang, "refusal.auto_renew_too_late", { product: "a.ch", days, min_days: 15 });
    expect(tooLate("es", 1)).toBe(
      "a.ch vence en 1 día: la renovación automática necesita al menos 15 días. Renuévelo primero.",
    );
    expect(tooLate("es", 2)).toContain("vence en 2 días");
    expect(tooLate("en", 1)).toContain("expires in 1 day:");
    expect(tooLate("fr", 1)).toContain("expire dans 1 jour :");
    expect(tooLate("de", 1)).toContain("läuft in 1 Tag ab");
    expect(tooLate("de", 5)).toContain("läuft in 5 Tagen ab");
    expect(tooLate("it", 1)).toContain("scade tra 1 giorno:");
  });

  it("French counts zero and one as singular", () => {
    expect(translate("fr", "ren.matching", { n: 0 })).toBe("0 produit correspond");
  });

  it("numbers in messages are written the language's way", () => {
    expect(translate("de", "ren.matching", { n: 100088 })).toBe("100'088 Produkte passen");
    expect(translate("en", "ren.matching", { n: 100088 })).toBe("100'088 products match");
    expect(translate("es", "ren.matching", { n: 100088 })).toBe("100.088 productos coinciden");
  });

  it("no isolation marks around variables", () => {
    expect(translate("en", "org.selectUser", { name: "Marc" })).toBe("Select Marc");
  });

  it("Swiss German spelling: no ß anywhere in the German catalogue", () => {
    expect(SOURCES.de).not.toMatch(/ß/);
  });

  it("gender agreement in Spanish invoice statuses", () => {
    expect(translate("es", "status.paid")).toBe("Pagada");
    expect(translate("es", "status.unpaid")).toBe("Impagada");
  });
});

describe("one Swiss thousands mark", () => {
  it("turns the typographic apostrophe some ICU versions write into the ASCII one, between digits only", () => {
    expect(swissGrouping("100\u2019088 Produkte")).toBe("100'088 Produkte");
    expect(swissGrouping("1\u2019234\u2019567")).toBe("1'234'567");
    expect(swissGrouping("l\u2019organisation")).toBe("l\u2019organisation");
  });
});

describe("identifiers are not counts", () => {
  it("an order number passed as text keeps no thousands mark", () => {
    expect(translate("de", "orders.cancelled", { id: "1234" })).toMatch(/^Bestellung Nr\. 1234 /);
    expect(translate("de", "orders.cancelled", { id: 1234 })).toMatch(/1'234/);
  });
});

// A merge that keeps both sides of a changed message leaves it twice: Fluent keeps the first and
// reports the second, so the catalogue must load with no error at all.
import { FluentBundle as Bundle, FluentResource as Resource } from "@fluent/bundle";
import enUi from "../../../locales/en/ui.ftl?raw";
import esUi from "../../../locales/es/ui.ftl?raw";
import frUi from "../../../locales/fr/ui.ftl?raw";
import deUi from "../../../locales/de/ui.ftl?raw";
import itUi from "../../../locales/it/ui.ftl?raw";

describe("each ui.ftl loads cleanly", () => {
  for (const [lang, source] of Object.entries({ en: enUi, es: esUi, fr: frUi, de: deUi, it: itUi })) {
    it(`${lang}: no duplicate or broken message`, () => {
      const errors = new Bundle(lang).addResource(new Resource(source));
      expect(errors.map(String)).toEqual([]);
    });
  }
});

describe("catalogues loaded when first shown (issue 12)", () => {
  it("English at once; another language once its file is loaded, the last one asked for winning", async () => {
    vi.resetModules();
    // A fresh copy of the module: only English is loaded, as in the app at start.
    const i18n = await import("../lib/i18n/index.svelte");
    expect(i18n.locale()).toBe("en");
    await i18n.setLocale("de");
    expect(i18n.locale()).toBe("de");
    const es = i18n.setLocale("es");
    expect(i18n.locale()).toBe("de"); // not before its catalogue is there
    i18n.setLocale("en"); // loaded: at once, while Spanish still loads
    expect(i18n.locale()).toBe("en");
    expect(i18n.t("nav.renewals")).toBe("Renewals & payments");
    await es;
    expect(i18n.locale()).toBe("en"); // Spanish, asked for before English, does not win
    expect(document.documentElement.lang).toBe("en");
    await i18n.setLocale("es"); // loaded by now: at once
    expect(i18n.locale()).toBe("es");
    // A language never shown is not loaded: asked for directly, it speaks English.
    expect(i18n.translate("fr", "nav.renewals")).toBe("Renewals & payments");
  });
});

