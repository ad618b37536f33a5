import { afterEach, describe, expect, it } from "vitest";
import detailsSource from "../features/organization/DetailsTab.svelte?raw";
import removeSource from "../features/organization/RemoveDialog.svelte?raw";
import { formatTimeZone } from "../lib/format";
import { LOCALES, setLocale, t } from "../lib/i18n/index.svelte";
import sellerSource from "../features/settings/SellerForm.svelte?raw";
import { addressFormLabels, fieldLabel, ruleSentence } from "../lib/refusal";

// Issue 13 review: the organization screens said ids where people read words — "(ORG-7)" in a
// row of the remove dialog, "Feld: Name" under "Name der Organisation", "Europe/Zurich".

afterEach(() => setLocale("en"));

describe("time zone in words", () => {
  it("names the zone in the reader's language, never the IANA id", () => {
    expect(formatTimeZone("Europe/Zurich", "de")).toBe("Mitteleuropäische Zeit");
    expect(formatTimeZone("Europe/Zurich", "en")).toBe("Central European Time");
    for (const l of LOCALES) expect(formatTimeZone("Europe/Zurich", l)).not.toContain("Europe/Zurich");
  });

  it("falls back to the id for a zone Intl does not know", () => {
    expect(formatTimeZone("Mars/Olympus_Mons", "de")).toBe("Mars/Olympus_Mons");
  });

  it("is what the details view shows", () => {
    expect(detailsSource).toContain("formatTimeZone(org.timezone, locale())");
    expect(detailsSource).not.toMatch(/<dd>\{org\.timezone\}<\/dd>/);
  });
});

describe("field of an error on the details form", () => {
  it("is named by the form's own label", () => {
    setLocale("de");
    const labels = { name: t("details.name") };
    expect(fieldLabel("name", labels)).toBe("Name der Organisation");
    // Elsewhere (a team, the seller) the shared catalogue label stays.
    expect(fieldLabel("name")).toBe(t("field.name"));
  });

  it("the details and issuer forms give ErrorMessage a label for every field the engine checks there", () => {
    setLocale("de");
    const labels = addressFormLabels();
    const ids = ["name", "street", "building_number", "postal_code", "town", "country", "vat_number"];
    for (const id of ids) expect(labels[id], id).toBeTruthy();
    expect(labels.name).toBe("Name der Organisation");
    for (const src of [detailsSource, sellerSource]) {
      expect(src).toContain("addressFormLabels()");
      expect(src).toContain("<ErrorMessage {error} {labels} />");
    }
  });
});

describe("remove-users results", () => {
  it("say the rule as a sentence, its id only behind Why?", () => {
    setLocale("it");
    expect(ruleSentence("ORG-7")).toMatch(/rappresentante legale/);
    expect(ruleSentence("NOPE-1")).toBeNull();
    expect(removeSource).not.toContain("({r.error.rule})");
    expect(removeSource).toContain("<Why rules={[r.error.rule]} />");
  });
});
