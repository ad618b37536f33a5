// Reads every Fluent file under locales/ and compares the languages: the parity check that keeps
// the UI's and Rust's catalogues in step, whatever each runtime includes.
import { Junk, Message, Term, Visitor, parse, type VariableReference } from "@fluent/syntax";

const found = import.meta.glob<string>("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Every `.ftl` file under locales/, as `{ "<lang>/<file>": source }`. */
export function readLocales(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, source] of Object.entries(found)) {
    files[path.replace(/^.*\/locales\//, "")] = source;
  }
  return files;
}

class Variables extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

/** Each message or term of a file with the variables it uses, sorted; syntax errors listed. */
export function messages(source: string): { entries: Map<string, string[]>; junk: string[] } {
  const entries = new Map<string, string[]>();
  const junk: string[] = [];
  for (const entry of parse(source, { withSpans: false }).body) {
    if (entry instanceof Junk) junk.push(entry.content.trim());
    if (entry instanceof Message || entry instanceof Term) {
      const vars = new Variables();
      vars.visit(entry);
      entries.set(entry instanceof Term ? `-${entry.id.name}` : entry.id.name, [...vars.names].sort());
    }
  }
  return { entries, junk };
}

/**
 * What differs between the languages: a file, a message or a variable that one language has
 * and another lacks, and any syntax error. English is the reference; an empty list is parity.
 */
export function catalogueDifferences(files: Record<string, string>, reference = "en"): string[] {
  const problems: string[] = [];
  const byLang = new Map<string, Map<string, Map<string, string[]>>>();
  for (const [path, source] of Object.entries(files)) {
    const [lang = "", file = ""] = path.split("/");
    const { entries, junk } = messages(source);
    for (const j of junk) problems.push(`${path}: syntax error in ${JSON.stringify(j.split("\n")[0])}`);
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    byLang.get(lang)!.set(file, entries);
  }
  const ref = byLang.get(reference);
  if (!ref) return [`no ${reference} catalogue`];
  for (const [lang, filesOf] of byLang) {
    if (lang === reference) continue;
    for (const file of new Set([...ref.keys(), ...filesOf.keys()])) {
      const mine = filesOf.get(file);
      const theirs = ref.get(file);
      if (!mine) problems.push(`${lang}/${file}: missing (${reference} has it)`);
      if (!theirs) problems.push(`${lang}/${file}: not in ${reference}`);
      if (!mine || !theirs) continue;
      for (const [id, vars] of theirs) {
        const own = mine.get(id);
        if (!own) problems.push(`${lang}/${file}: ${id} missing`);
        else if (own.join() !== vars.join())
          problems.push(`${lang}/${file}: ${id} uses {${own.join(", ")}}, ${reference} uses {${vars.join(", ")}}`);
      }
      for (const id of mine.keys()) {
        if (!theirs.has(id)) problems.push(`${lang}/${file}: ${id} not in ${reference}`);
      }
    }
  }
  return problems;
}

/**
 * The generated ui/src/lib/i18n/keys.ts: the message keys of locales/en/ui.ftl as a union, and
 * the variables each message takes, so `t()` checks both at compile time.
 */
export function keysModule(enUi: string, toKey: (id: string) => string): string {
  const entries = [...messages(enUi).entries].filter(([id]) => !id.startsWith("-"));
  const keys = entries.map(([id]) => `  | ${JSON.stringify(toKey(id))}`);
  const vars = entries.map(
    ([id, names]) =>
      `  ${JSON.stringify(toKey(id))}: ${names.length ? names.map((n) => JSON.stringify(n)).join(" | ") : "never"};`,
  );
  return [
    "// Generated from locales/en/ui.ftl by ui/src/test/catalogue.test.ts; do not edit.",
    "// Regenerate with `npx vitest run -u`.",
    "export type MessageKey =",
    `${keys.join("\n")};`,
    "",
    "/** The variables of each message (`never`: it takes none). */",
    "export interface MessageVariables {",
    ...vars,
    "}",
    "",
  ].join("\n");
}
