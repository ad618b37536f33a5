import type { AppError } from "./bindings";
import { formatDecimal } from "./format";
import { hasMessage, locale, t } from "./i18n/index.svelte";

/**
 * A refusal in the reader's language. The engine gives a reason code (`params.reason`) and its
 * facts as params for every refusal people can meet; the message `refusal-<code>` says it with
 * them. Without one (storage, internal), a non-English reader gets a generic sentence for the
 * error code (`refusal-generic-<code>`), an English one the engine's sentence.
 */
export function refusalText(e: Pick<AppError, "message" | "params"> & { code?: AppError["code"] }): string {
  const reason = e.params?.reason;
  const key = reason ? `refusal.${reason}` : null;
  if (key && hasMessage(key)) {
    const said = (t as (k: string, a: Record<string, string | number>) => string)(key, refusalArgs(e.params));
    // A workspace file that cannot be opened: its name, then why, as the problem screen says it.
    const why = reason === "workspace_refused" ? `ws.problem.reason.${e.params?.why ?? ""}` : null;
    return why && hasMessage(why) ? `${said} ${t(why as never)}` : said;
  }
  if (locale() === "en" || !e.code) return e.message;
  return t(`refusal.generic.${e.code}`);
}

/** Whether the refusal is said in words of the catalogue rather than the engine's English. */
export function hasRefusalText(e: Pick<AppError, "params">): boolean {
  const reason = e.params?.reason;
  return Boolean(reason && hasMessage(`refusal.${reason}`));
}

/**
 * The params as the message's variables: whole numbers as numbers (Fluent picks the plural and
 * writes them with Intl), decimals as amounts in the reader's format ("9.999,00").
 */
export function refusalArgs(params: AppError["params"]): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined) continue;
    if (/^-?\d+$/.test(v) && k !== "id" && !k.endsWith("_id")) args[k] = Number(v);
    else if (/^-?\d+\.\d+$/.test(v)) args[k] = formatDecimal(v, locale());
    else args[k] = v;
  }
  return args;
}

/**
 * The label people read for a field the engine names: the form's own label when the form gives
 * one (`labels`), else `field-<id>`; null when it has none.
 */
export function fieldLabel(field: string | undefined, labels?: Record<string, string>): string | null {
  if (!field) return null;
  const own = labels?.[field];
  if (own) return own;
  const key = `field.${field}`;
  return hasMessage(key) ? t(key) : null;
}

/** A rule as people read it (`rule-<id>`), or null when the catalogue has no sentence for it. */
export function ruleSentence(rule: string | null | undefined): string | null {
  if (!rule) return null;
  const key = `rule.${rule}`;
  return hasMessage(key) ? t(key) : null;
}

/**
 * The labels of the name-and-address forms (organization details, document issuer) by the field
 * ids the engine names, so an error under "Name der Organisation" says that, not "Name".
 */
export function addressFormLabels(): Record<string, string> {
  return {
    name: t("details.name"),
    street: t("details.street"),
    building_number: t("details.number"),
    postal_code: t("details.postalCode"),
    town: t("details.town"),
    country: t("details.country"),
    vat_number: t("org.vat"),
  };
}
