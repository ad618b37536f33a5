import type { Money } from "./bindings";
import type { Locale } from "./i18n/index.svelte";

const tags: Record<Locale, string> = { en: "en-CH", es: "es-ES" };

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats money without ever turning it into a float: Intl.NumberFormat formats a decimal
 * string exactly (ECMA-402 NumberFormat v3), so "9007199254740993.10" keeps its last digit.
 */
export function formatMoney(money: Money, locale: Locale): string {
  const key = `${locale}:${money.currency}`;
  let nf = moneyFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(tags[locale], {
      style: "currency",
      currency: money.currency,
      currencyDisplay: "code",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(key, nf);
  }
  if (!/^-?\d+(\.\d+)?$/.test(money.amount)) {
    throw new Error(`not a decimal amount: ${money.amount}`);
  }
  // Intl places the minus differently per locale ("CHF-1.00", "-EUR 1.00"): format the
  // absolute value and put one typographic minus in front, the same everywhere.
  const negative = money.amount.startsWith("-");
  const abs = negative ? money.amount.slice(1) : money.amount;
  // The string overload exists at run time; the DOM lib types only declare number | bigint.
  const text = nf.format(abs as unknown as number);
  return negative && !/^0(\.0+)?$/.test(abs) ? `\u2212${text}` : text;
}

/** An ISO calendar date `YYYY-MM-DD`, shown in the locale's medium style. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  // Noon UTC: the calendar date never shifts whatever the viewer's zone.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** An RFC 3339 instant in the viewer's zone, date and time. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** The calendar date of an RFC 3339 instant in the viewer's zone. */
export function formatInstantDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium" }).format(date);
}
