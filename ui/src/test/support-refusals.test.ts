import { afterEach, describe, expect, it } from "vitest";
import reasonsSource from "../../../crates/comptoir-support/src/reasons.rs?raw";
import storeSupportSource from "../../../crates/comptoir-store/src/support.rs?raw";
import editSource from "../../../crates/comptoir-capture/src/edit.rs?raw";
import composerSource from "../features/support/Composer.svelte?raw";
import shotEditorSource from "../features/support/capture/ShotEditor.svelte?raw";
import { LOCALES, setLocale, translate, type MessageKey } from "../lib/i18n/index.svelte";
import { refusalText } from "../lib/refusal";

// Issue 9, third review: support refusals reached people as English sentences beside a field
// id. Each has a reason code (read from the Rust list, so a new code without its sentence
// fails here) said in the reader's language with its numbers.

function supportReasons(): string[] {
  const body = reasonsSource.slice(reasonsSource.indexOf("pub const SUPPORT_REASONS"));
  return [...body.slice(0, body.indexOf("];")).matchAll(/^\s*"([a-z_]+)",/gm)].map((m) => m[1] ?? "");
}

/** A `usize` constant of a Rust source (`20_000` → 20000). */
function rustConst(source: string, name: string): number {
  const m = new RegExp(`pub const ${name}: usize = ([0-9_]+);`).exec(source);
  return Number((m?.[1] ?? "NaN").replaceAll("_", ""));
}

afterEach(() => setLocale("en"));

describe("support refusals", () => {
  it("every support reason code has its sentence in all five languages", () => {
    const reasons = supportReasons();
    expect(reasons).toEqual(expect.arrayContaining(["support_too_long", "support_too_many_manual", "support_too_many_edits"]));
    const english = (r: string) => translate("en", `refusal.${r}` as MessageKey);
    for (const r of reasons) {
      expect(english(r), r).not.toBe(`refusal.${r}`);
      for (const l of LOCALES.filter((l) => l !== "en")) {
        expect(translate(l, `refusal.${r}` as MessageKey), `${l} ${r}`).not.toBe(english(r));
      }
    }
  });

  it("the description limit is said in Spanish with its numbers, not as a field id", () => {
    setLocale("es");
    const english = "description is at most 20000 characters; this one has 20001";
    const said = refusalText({ message: english, params: { reason: "support_too_long", max: "20000", given: "20001" } });
    expect(said).toContain("caracteres");
    expect(said).toMatch(/20.000/);
    expect(said).toMatch(/20.001/);
    expect(said).not.toContain("description");
    const edits = refusalText({ message: "x", params: { reason: "support_too_many_edits", max: "500" } });
    expect(edits).toBe("Una captura admite como máximo 500 ediciones. Deshaga una primero.");
  });

  it("the UI's limits are the engine's", () => {
    const maxText = rustConst(storeSupportSource, "MAX_TEXT");
    expect(maxText).toBe(20000);
    expect(composerSource).toContain(`const MAX_TEXT = ${maxText.toLocaleString("en").replaceAll(",", "_")};`);
    const maxOps = rustConst(editSource, "MAX_OPS");
    expect(shotEditorSource).toContain(`const MAX_EDITS = ${maxOps};`);
  });
});
