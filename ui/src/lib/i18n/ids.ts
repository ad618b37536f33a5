// The UI names messages with dotted keys ("pay.confirm", "rule.ORG-3"); Fluent ids cannot hold
// dots, so ui.ftl writes every dot as a dash ("pay-confirm", "rule-ORG-3"). A dash between an
// upper-case letter and a digit is a rule id's own dash and stays one, which makes the mapping
// reversible (ui/src/test/catalogue.test.ts checks it on the whole catalogue).

/** The Fluent id of a UI message key. */
export function messageId(key: string): string {
  return key.replaceAll(".", "-");
}

/** The UI message key of a Fluent id: the inverse of `messageId`. */
export function messageKey(id: string): string {
  return id.replace(/-/g, (dash, at: number) =>
    /[A-Z]/.test(id[at - 1] ?? "") && /\d/.test(id[at + 1] ?? "") ? dash : ".",
  );
}
