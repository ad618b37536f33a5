import { describe, expect, it } from "vitest";
import { LOCALES } from "../lib/i18n/index.svelte";

// Every symbol the UI writes (markup, code and the catalogues whose text reaches the window) is
// one that DejaVu Sans has: the default sans-serif of Debian and Ubuntu, and what the web view
// draws with there. A symbol outside it sends WebKit searching every installed font for one that
// has it, and shows an empty box on a machine where none has. Latin letters and their accents
// are in every font; any other script, an emoji selector or a joiner is flagged too.
// A new symbol goes in this list once checked: `fc-list "DejaVu Sans:charset=<hex>"`.
const IN_DEJAVU_SANS = new Set([..."–—’“”•…\u202f−↑→↓↩⋯⌘▲▸▼▾⚠✓✕✗"]);

// Every file that puts text on screen, read as text. The tests are left out (this one holds the
// list), and so is the command line's catalogue (a terminal draws it).
const code = import.meta.glob<string>(["../**/*.svelte", "../**/*.ts", "!../test/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});
const catalogues = import.meta.glob<string>(["../../../locales/*/*.ftl", "!../../../locales/*/cli.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The characters of `text`, with the escapes code writes them as (`\u2212`, `\u{1F600}`, `&#x2315;`) read too. */
function characters(text: string): string[] {
  const escaped = [...text.matchAll(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|&#x([0-9a-f]+);|&#(\d+);/gi)].map((m) =>
    String.fromCodePoint(m[4] !== undefined ? Number(m[4]) : parseInt(m[1] ?? m[2] ?? m[3] ?? "0", 16)),
  );
  return [...text, ...escaped];
}

function outsideDejaVu(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x100 || (cp >= 0x300 && cp <= 0x36f)) return false; // Latin-1, combining accents
  return !/\p{Script=Latin}/u.test(ch) && !IN_DEJAVU_SANS.has(ch);
}

describe("symbols on screen (look and feel)", () => {
  it("are all in the usual Linux default font", () => {
    const outside: string[] = [];
    for (const [file, text] of Object.entries({ ...code, ...catalogues })) {
      for (const ch of characters(text)) {
        if (outsideDejaVu(ch)) outside.push(`${file}: ${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`);
      }
    }
    // Not vacuous: the walk found the app's files and every language's catalogues.
    expect(Object.keys(code)).toContain("../App.svelte");
    expect(Object.keys(code).length).toBeGreaterThan(50);
    for (const l of LOCALES) expect(Object.keys(catalogues)).toContain(`../../../locales/${l}/ui.ftl`);
    expect(outside).toEqual([]);
  });

  it("flags what the font lacks, however it is written", () => {
    expect(outsideDejaVu("⌕")).toBe(true);
    expect(characters("a\\u2315b").some(outsideDejaVu)).toBe(true);
    expect(characters("&#x2315;").some(outsideDejaVu)).toBe(true);
    expect(outsideDejaVu("\ufe0f")).toBe(true); // "⚠️" asks for a colour emoji font
    expect(outsideDejaVu("\u3042")).toBe(true); // another script's letter
    expect(outsideDejaVu("é")).toBe(false);
    expect(outsideDejaVu("ł")).toBe(false);
    expect(outsideDejaVu("−")).toBe(false);
  });
});
