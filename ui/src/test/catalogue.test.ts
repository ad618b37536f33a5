import { describe, expect, it } from "vitest";
import { messageId, messageKey } from "../lib/i18n/ids";
import { LOCALES, allSources } from "../lib/i18n/index.svelte";

const SOURCES = await allSources();
import { catalogueDifferences, keysModule, messages, readLocales } from "./catalogue";

describe("the catalogue under locales/", () => {
  const files = readLocales();

  it("has every message, with the same variables, in every language and every file", () => {
    expect(Object.keys(files)).toContain("en/ui.ftl");
    expect(Object.keys(files)).toContain("en/calendar.ftl");
    expect(catalogueDifferences(files)).toEqual([]);
  });

  it("the parity check fails on a missing message, a missing file, other variables and bad syntax", () => {
    const problems = catalogueDifferences({
      "en/a.ftl": "hello = Hello { $name }\ncount = { $n } items\nbye = Bye\n",
      "en/b.ftl": "x = X\n",
      "fr/a.ftl": "hello = Bonjour { $nom }\ncount = { $n ->\n  [one] un article\n *[other] { $n } articles\n}\nextra = De trop\noops = {\n",
    });
    expect(problems).toEqual([
      'fr/a.ftl: syntax error in "oops = {"',
      "fr/a.ftl: hello uses {nom}, en uses {name}",
      "fr/a.ftl: bye missing",
      "fr/a.ftl: extra not in en",
      "fr/b.ftl: missing (en has it)",
    ]);
  });

  it("variables inside selectors count as the message's variables", () => {
    const { entries } = messages("m = { $n ->\n  [one] one { $what }\n *[other] { $n }\n}\n");
    expect(entries.get("m")).toEqual(["n", "what"]);
  });

  it("the UI loads every language the menu offers", () => {
    for (const l of LOCALES) expect(SOURCES[l]).toBe(files[`${l}/ui.ftl`]);
  });

  // Stale keys.ts fails here; `npx vitest run -u` regenerates it.
  it("keys.ts is generated from en/ui.ftl and up to date", async () => {
    await expect(keysModule(files["en/ui.ftl"]!, messageKey)).toMatchFileSnapshot("../lib/i18n/keys.ts");
  });

  it("message keys and Fluent ids map one to one", () => {
    const ids = [...messages(files["en/ui.ftl"]!).entries.keys()];
    for (const id of ids) expect(messageId(messageKey(id)), id).toBe(id);
    expect(new Set(ids.map(messageKey)).size).toBe(ids.length);
    expect(messageKey("rule-ORG-3")).toBe("rule.ORG-3");
    expect(messageKey("ren-preset-2m")).toBe("ren.preset.2m");
  });
});
