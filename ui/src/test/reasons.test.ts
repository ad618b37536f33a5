import { afterEach, describe, expect, it } from "vitest";
import { LOCALES, allSources, setLocale } from "../lib/i18n/index.svelte";

const SOURCES = await allSources();
import { messages } from "./catalogue";
import { fieldLabel, refusalText } from "../lib/refusal";
import { formatDecimal, formatMoney } from "../lib/format";

// Issue 13 item 2: the engine speaks in codes. Every reason code and every field id the Rust
// sources name is read from them here; a code without its sentence, a sentence whose variables
// are not among the code's params, or a field without its label in one of the five languages
// fails.

const rust = import.meta.glob<string>(["../../../crates/*/src/**/*.rs", "../../../src-tauri/src/**/*.rs"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Production code only: test modules build errors to check them, not for people. */
function sources(): [string, string][] {
  return Object.entries(rust).map(([path, s]) => [path, s.split("#[cfg(test)]")[0] ?? ""]);
}

/** Every reason code with the params it is given: `code → params`. */
export function reasonCodes(): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  const add = (code: string, params: string[]) => {
    const set = codes.get(code) ?? new Set<string>();
    for (const p of params) set.add(p);
    codes.set(code, set);
  };
  for (const [path, s] of sources()) {
    // `Reason` variants: the code from `fn code`, the params from the variant's fields.
    if (path.endsWith("comptoir-core/src/error.rs")) {
      const body = s.slice(s.indexOf("pub enum Reason {"), s.indexOf("impl Reason"));
      const fields = new Map<string, string[]>();
      for (const m of body.matchAll(/^\s{4}([A-Z]\w*)(?:\s*\{([^}]*)\})?,/gm)) {
        fields.set(m[1] ?? "", [...(m[2] ?? "").matchAll(/(\w+):/g)].map((f) => f[1] ?? ""));
      }
      const code = s.slice(s.indexOf("pub fn code(&self)"));
      for (const m of code.slice(0, code.indexOf("\n    }\n")).matchAll(/Reason::(\w+)(?: \{ \.\. \})? => "([a-z_]+)"/g)) {
        add(m[2] ?? "", fields.get(m[1] ?? "") ?? []);
      }
    }
    // `.reason("code")` and the `.with_param("name", …)` that follow it in the same expression.
    for (const m of s.matchAll(/\.reason\(\s*"([a-z_.]+)"\s*\)/g)) {
      const rest = s.slice((m.index ?? 0) + m[0].length);
      const end = rest.search(/;|\.into\(\)|\n\s*\}\)/);
      const chain = end < 0 ? rest : rest.slice(0, end);
      add(m[1] ?? "", [...chain.matchAll(/with_param\(\s*"([a-z_]+)"/g)].map((p) => p[1] ?? ""));
    }
    for (const m of s.matchAll(/with_param\(\s*"reason",\s*"([a-z_.]+)"\s*\)/g)) add(m[1] ?? "", []);
    // `Error::not_found("payment method", id)`: reason `not_found.payment_method`, param `id`.
    for (const m of s.matchAll(/Error::not_found\(\s*"([^"]+)"/g)) add(`not_found.${(m[1] ?? "").replaceAll(" ", "_")}`, ["id"]);
  }
  return codes;
}

/** Every field id an error names: `Error::invalid*("id"`, `.with_field("id")`, the text checks. */
export function fieldIds(): Set<string> {
  const ids = new Set<string>();
  const patterns = [
    /Error::invalid(?:_because)?\(\s*"([^"]+)"/g,
    /with_field\(\s*"([^"]+)"/g,
    /check_(?:optional_|multiline_)?text\(\s*"([^"]+)"/g,
    /too_long\(\s*"([^"]+)"/g,
    /let field = "([^"]+)"/g,
  ];
  for (const [path, s] of sources()) {
    // The shell's command line (--workspace, COMPTOIR_NOW) is not a screen's field.
    if (path.endsWith("src-tauri/src/workspace.rs")) continue;
    for (const p of patterns) for (const m of s.matchAll(p)) ids.add(m[1] ?? "");
  }
  return ids;
}

const catalogue = Object.fromEntries(LOCALES.map((l) => [l, messages(SOURCES[l]).entries]));

afterEach(() => setLocale("en"));

describe("the engine's reason codes", () => {
  it("are read from the Rust sources (Reason variants, .reason, not_found)", () => {
    const codes = reasonCodes();
    expect([...(codes.get("out_of_range") ?? [])].sort()).toEqual(["given", "max", "min"]);
    expect([...(codes.get("too_long") ?? [])].sort()).toEqual(["given", "max"]);
    expect(codes.get("last_legal_rep")).toEqual(new Set(["action"]));
    expect(codes.get("not_found.payment_method")).toEqual(new Set(["id"]));
    expect(codes.get("renew_at_provider")).toBeDefined();
    expect(codes.size).toBeGreaterThan(60);
  });

  it("each has its sentence in five languages, using only the params the engine gives", () => {
    const problems: string[] = [];
    for (const [code, params] of reasonCodes()) {
      const id = `refusal-${code.replaceAll(".", "-")}`;
      for (const l of LOCALES) {
        const vars = catalogue[l]?.get(id);
        if (!vars) problems.push(`${l}: ${id} missing`);
        else for (const v of vars) if (!params.has(v)) problems.push(`${l}: ${id} uses {$${v}}, the engine gives ${[...params].join(", ") || "none"}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("each field id has its label in five languages", () => {
    const ids = fieldIds();
    expect(ids).toContain("amount");
    expect(ids).toContain("email");
    const missing = [...ids].flatMap((f) => LOCALES.filter((l) => !catalogue[l]?.has(`field-${f}`)).map((l) => `${l}: field-${f}`));
    expect(missing).toEqual([]);
  });

  it("a generic sentence stands for each error code without a reason", () => {
    const codes = ["invalid_input", "not_found", "rule_violation", "conflict", "currency_mismatch", "storage", "cancelled", "internal"];
    const missing = codes.flatMap((c) => LOCALES.filter((l) => !catalogue[l]?.has(`refusal-generic-${c}`)).map((l) => `${l}: ${c}`));
    expect(missing).toEqual([]);
  });
});

describe("a refusal is said in the reader's language", () => {
  const english = "amount is between 0.10 and 9999.00 EUR; 0.09 is not";
  const outOfRange = { code: "rule_violation" as const, message: english, params: { reason: "out_of_range", min: "0.10", max: "9999.00", given: "0.09" } };

  it("with its numbers written the language's way", () => {
    setLocale("es");
    expect(refusalText(outOfRange)).toBe("Entre 0,10 y 9.999,00: 0,09 no lo está.");
    setLocale("de");
    expect(refusalText(outOfRange)).toBe("Zwischen 0.10 und 9'999.00: 0.09 liegt ausserhalb.");
    setLocale("en");
    expect(refusalText(outOfRange)).toBe("Between 0.10 and 9'999.00: 0.09 is not.");
    setLocale("fr");
    expect(refusalText(outOfRange)).toBe("Entre 0.10 et 9'999.00 : 0.09 ne l’est pas.");
    setLocale("it");
    expect(refusalText(outOfRange)).toBe("Tra 0.10 e 9'999.00: 0.09 non lo è.");
  });

  it("with amounts written as formatMoney writes them (Swiss point and apostrophe)", () => {
    for (const lang of ["fr", "de", "it", "es", "en"] as const) {
      for (const amount of ["0.09", "9999.00", "1234567.50"]) {
        const money = formatMoney({ amount, currency: "CHF" }, lang);
        expect(money.replace("CHF", "").trim(), `${lang} ${amount}`).toBe(formatDecimal(amount, lang));
      }
    }
  });

  it("with plurals and selectors from the params", () => {
    setLocale("fr");
    const long = (max: string) => refusalText({ code: "invalid_input", message: "x", params: { reason: "too_long", max, given: "3" } });
    expect(long("1")).toBe("Au plus 1 caractère (3 saisis).");
    expect(long("200")).toBe("Au plus 200 caractères (3 saisis).");
    setLocale("es");
    const last = refusalText({ code: "rule_violation", message: "The only legal representative cannot leave", params: { reason: "last_legal_rep", action: "leave" } });
    expect(last).toBe("El único representante legal no puede salir: nombre antes a otro representante legal.");
  });

  it("without a reason: a generic sentence per code, not the engine's English (English readers get it)", () => {
    const storage = { code: "storage" as const, message: "disk I/O error", params: undefined };
    setLocale("it");
    expect(refusalText(storage)).toBe("Il file dello spazio di lavoro non ha potuto essere letto o scritto. Controlli il disco e riprovi.");
    setLocale("en");
    expect(refusalText(storage)).toBe("disk I/O error");
  });

  it("a field by its label, never its id", () => {
    setLocale("es");
    expect(fieldLabel("amount")).toBe("Importe");
    expect(fieldLabel("vat_number")).toBe("NIF-IVA");
    expect(fieldLabel("no_such_field")).toBeNull();
    setLocale("de");
    expect(fieldLabel("street")).toBe("Strasse");
  });
});
