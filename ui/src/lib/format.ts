import type { Money } from "./bindings";
import { LOCALE_TAGS, swissGrouping, type Locale } from "./i18n/index.svelte";

// Every number, amount, date and relative time shown goes through Intl with the tag of the UI's
// language (LOCALE_TAGS: en-CH, es-ES, fr-CH, de-CH, it-CH), whatever the currency: one table
// writes all its amounts one way. French, German and Italian follow the Swiss convention for
// amounts: a point and an apostrophe for thousands ("CHF 1'205.60", "1'205.60 EUR").

// CLDR gives fr-CH a narrow space between thousands and it-CH no grouping below 10'000: the
// Swiss apostrophe is set here, for amounts only.
const swissApostrophe = (locale: Locale) => locale === "fr" || locale === "de" || locale === "it";

// One Intl formatter per language and kind, made on first use: making one costs far more than
// using it (issue 12: the renewals table made about five per row at every render, for its
// dates, days and periods). No kept formatter depends on the viewer's time zone (dates are written
// in UTC, instants from the viewer's wall clock), so a zone changed while the app runs is followed.
const formatters = new Map<string, unknown>();
function kept<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats money without ever turning it into a float: Intl.NumberFormat formats a decimal
 * string exactly (ECMA-402 NumberFormat v3), so "9007199254740993.10" keeps its last digit.
 */
export function formatMoney(money: Money, locale: Locale): string {
  const nf = kept(
    `money:${locale}:${money.currency}`,
    () =>
      new Intl.NumberFormat(LOCALE_TAGS[locale], {
        style: "currency",
        currency: money.currency,
        currencyDisplay: "code",
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        // "1.205,60": Spanish and Italian CLDR leave four-digit amounts ungrouped. "always" is
        // ES2023 (NumberFormat v3); the ES2022 lib types only know booleans.
        useGrouping: "always" as unknown as boolean,
      }),
  );
  if (!/^-?\d+(\.\d+)?$/.test(money.amount)) {
    throw new Error(`not a decimal amount: ${money.amount}`);
  }
  // Intl places the minus differently per locale ("CHF-1.00", "-EUR 1.00"): format the
  // absolute value and put one typographic minus in front, the same everywhere.
  const negative = money.amount.startsWith("-");
  const abs = negative ? money.amount.slice(1) : money.amount;
  // The string overload exists at run time; the DOM lib types only declare number | bigint.
  const parts = nf.formatToParts(abs as unknown as number);
  const swiss = swissApostrophe(locale);
  const text = swissGrouping(parts.map((p) => (swiss && p.type === "group" ? "'" : p.value)).join(""));
  return negative && !/^0(\.0+)?$/.test(abs) ? `\u2212${text}` : text;
}

/** A count or another plain number: "100'088" (de-CH), "100.088" (es). */
export function formatNumber(n: number, locale: Locale): string {
  return swissGrouping(kept(`number:${locale}`, () => new Intl.NumberFormat(LOCALE_TAGS[locale])).format(n));
}

/** A rate in basis points as a percentage: 810 → "8.1%" (de-CH), "8,1 %" (fr-CH). */
export function formatPercentBp(bp: number, locale: Locale): string {
  return kept(
    `percent:${locale}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "percent", maximumFractionDigits: 2 }),
  ).format(bp / 10000);
}

/** The locale's medium date style, written in UTC: calendar dates and instants' dates share it. */
const mediumDate = (locale: Locale) =>
  kept(`date:${locale}`, () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }));

/** An ISO calendar date `YYYY-MM-DD`, shown in the locale's medium style. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  // Noon UTC: the calendar date never shifts whatever the viewer's zone.
  return mediumDate(locale).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/**
 * The viewer's wall clock at `date` (their zone's year, month, day and time, which Date's local
 * getters give), as the same reading in UTC: written by a UTC formatter, it shows the viewer's
 * date and time. So the formatters below are kept like the others (issue 12: a new one per date
 * cost ~0.3 ms each, 18 on the first screen), and a zone changed while the app runs is followed.
 */
function wallClock(date: Date): Date | null {
  const utc = new Date(0);
  utc.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  utc.setUTCHours(date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  // At the very ends of Date's range the reading itself is out of range: not a date to write.
  return Number.isNaN(utc.getTime()) ? null : utc;
}

/** An RFC 3339 instant in the viewer's zone, date and time. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = wallClock(new Date(iso));
  if (!date) return iso;
  return kept(
    `instant:${locale}`,
    () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  ).format(date);
}

/** The calendar date of an RFC 3339 instant in the viewer's zone. */
export function formatInstantDate(iso: string, locale: Locale): string {
  const date = wallClock(new Date(iso));
  return date ? mediumDate(locale).format(date) : iso;
}

/** Days from today in words: "today", "tomorrow", "in 5 days", "3 days ago" (and so on per language). */
export function formatRelativeDays(days: number, locale: Locale): string {
  return kept(`days:${locale}`, () => new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: "auto" })).format(
    days,
    "day",
  );
}

/** A renewal period: "1 month", "6 months", "1 year", "3 years" in the reader's language. */
export function formatPeriod(months: number, locale: Locale): string {
  const [value, unit] = months % 12 === 0 ? [months / 12, "year"] : [months, "month"];
  return kept(
    `period:${locale}:${unit}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "unit", unit, unitDisplay: "long" }),
  ).format(value);
}

/** Names joined as the language joins them: "A, B and C", "A, B y C", "A, B et C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return kept(
    `list:${locale}`,
    () => new Intl.ListFormat(LOCALE_TAGS[locale], { style: "long", type: "conjunction" }),
  ).format(items);
}

/**
 * An amount without its currency, written like `formatMoney` writes it ("9'999.00" in de-CH,
 * "9.999,00" in es): the limits and values the engine names in a refusal.
 */
export function formatDecimal(amount: string, locale: Locale): string {
  const nf = kept(
    `decimal:${locale}`,
    () =>
      new Intl.NumberFormat(LOCALE_TAGS[locale], {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        useGrouping: "always" as unknown as boolean,
      }),
  );
  const parts = nf.formatToParts(amount as unknown as number);
  const swiss = swissApostrophe(locale);
  // fr-CH CLDR writes a plain number with a decimal comma but its amounts with a point: the
  // Swiss amount style (point and apostrophe) here too, as formatMoney writes it.
  const swissPart = (p: Intl.NumberFormatPart) => (p.type === "group" ? "'" : p.type === "decimal" ? "." : p.value);
  return swissGrouping(parts.map((p) => (swiss ? swissPart(p) : p.value)).join(""));
}

/**
 * An IANA time zone ("Europe/Zurich") as people call it in their language ("Mitteleuropäische
 * Zeit"): Intl.DisplayNames has no zone names, DateTimeFormat's long generic name does. The id
 * itself when Intl does not know the zone or only has an offset ("GMT+03:00") for it.
 */
export function formatTimeZone(id: string, locale: Locale): string {
  try {
    const name = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeZone: id, timeZoneName: "longGeneric" })
      .formatToParts(new Date())
      .find((p) => p.type === "timeZoneName")?.value;
    return name && !/^(GMT|UTC)\s?[+\-\u2212]/.test(name) ? name : id;
  } catch {
    return id;
  }
}

/** A month `YYYY-MM` in the locale's words: "nov. 26" (short) or "novembre 2026" (long). */
export function formatMonth(ym: string, locale: Locale, long = false): string {
  const [y, m] = ym.split("-").map(Number);
  return kept(
    `month:${locale}:${long}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
        month: long ? "long" : "short",
        year: long ? "numeric" : "2-digit",
        timeZone: "UTC",
      }),
  ).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 15)));
}
