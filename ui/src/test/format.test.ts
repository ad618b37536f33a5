import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatPercentBp,
  formatPeriod,
  formatRelativeDays,
} from "../lib/format";

describe("formatMoney", () => {
  it("never rounds through a float", () => {
    // 9007199254740993 is not representable as a double: a float path would print ...992.
    const s = formatMoney({ amount: "9007199254740993.10", currency: "CHF" }, "en");
    expect(s.replace(/\D/g, "")).toBe("900719925474099310");
  });

  it("shows two decimals and the currency code", () => {
    expect(formatMoney({ amount: "12.5", currency: "EUR" }, "en")).toMatch(/EUR\s?12\.50/);
    expect(formatMoney({ amount: "1234.5", currency: "EUR" }, "es")).toMatch(/1\.?234,50\sEUR/);
  });

  it("puts the minus in front the same way in every locale", () => {
    expect(formatMoney({ amount: "-62.69", currency: "CHF" }, "en")).toMatch(/^\u2212CHF\s62\.69$/);
    expect(formatMoney({ amount: "-62.69", currency: "EUR" }, "es")).toMatch(/^\u221262,69\sEUR$/);
    expect(formatMoney({ amount: "-0.00", currency: "EUR" }, "en")).not.toContain("\u2212");
  });

  it("refuses what is not a decimal", () => {
    expect(() => formatMoney({ amount: "12,50", currency: "CHF" }, "en")).toThrow(/not a decimal/);
  });
});

describe("formatDate", () => {
  it("keeps the calendar date whatever the zone", () => {
    expect(formatDate("2026-01-01", "en")).toMatch(/2026/);
    expect(formatDate("2026-01-01", "en")).toMatch(/1/);
    expect(formatDate("2026-12-31", "es")).toMatch(/31/);
  });

  it("returns what it cannot parse unchanged", () => {
    expect(formatDate("soon", "en")).toBe("soon");
  });
});

describe("five languages", () => {
  // Intl puts no-break spaces (U+00A0, U+202F) where a line must not break; compare as spaces.
  const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
  const chf = (amount: string) => ({ amount, currency: "CHF" as const });
  const eur = (amount: string) => ({ amount, currency: "EUR" as const });

  it("writes CHF the Swiss way in French, German and Italian: point, apostrophe", () => {
    expect(sp(formatMoney(chf("1205.60"), "de"))).toBe("CHF 1'205.60");
    expect(sp(formatMoney(chf("1205.60"), "it"))).toBe("CHF 1'205.60");
    expect(formatMoney(chf("1205.60"), "fr")).toMatch(/^1'205\.60\sCHF$/);
    expect(sp(formatMoney(chf("-1234567.05"), "de"))).toBe("\u2212CHF 1'234'567.05");
  });

  it("writes every currency the reader's way, with thousands grouped in Spanish too", () => {
    expect(sp(formatMoney(eur("1205.60"), "es"))).toBe("1.205,60 EUR");
    expect(sp(formatMoney(chf("1205.60"), "es"))).toBe("1.205,60 CHF");
    expect(sp(formatMoney(eur("1205.60"), "de"))).toBe("EUR 1'205.60");
    expect(sp(formatMoney(eur("1205.60"), "it"))).toBe("EUR 1'205.60");
    expect(sp(formatMoney(eur("1205.60"), "fr"))).toBe("1'205.60 EUR");
    expect(sp(formatMoney(eur("1205.60"), "en"))).toBe("EUR 1,205.60");
  });

  it("dates, days and periods in the reader's language", () => {
    expect(sp(formatDate("2026-11-27", "de"))).toBe("27.11.2026");
    expect(formatDate("2026-11-27", "fr")).toMatch(/^27 nov\. 2026$/);
    expect(sp(formatRelativeDays(1, "de"))).toBe("morgen");
    expect(sp(formatRelativeDays(0, "fr"))).toBe("aujourd’hui");
    expect(sp(formatRelativeDays(-3, "it"))).toBe("3 giorni fa");
    expect(sp(formatRelativeDays(5, "es"))).toBe("dentro de 5 días");
    expect(sp(formatRelativeDays(1, "en"))).toBe("tomorrow");
    expect(sp(formatPeriod(1, "en"))).toBe("1 month");
    expect(sp(formatPeriod(24, "de"))).toBe("2 Jahre");
    expect(sp(formatPeriod(12, "fr"))).toBe("1 an");
    expect(sp(formatPeriod(6, "it"))).toBe("6 mesi");
    expect(sp(formatPeriod(1, "es"))).toBe("1 mes");
  });

  it("counts, rates and lists", () => {
    expect(sp(formatNumber(100088, "de"))).toBe("100'088");
    expect(sp(formatNumber(100088, "es"))).toBe("100.088");
    expect(sp(formatPercentBp(810, "de"))).toBe("8.1%");
    expect(formatPercentBp(810, "fr")).toBe("8,1%");
    expect(sp(formatList(["A", "B", "C"], "it"))).toBe("A, B e C");
    expect(sp(formatList(["A", "B"], "de"))).toBe("A und B");
  });
});

// The same amounts as Rust writes them (crates/comptoir-i18n checks the same file): the app, the
// calendar and the documents agree on how an amount reads in each language.
import moneyFormats from "../../../locales/money-formats.json";
import type { Locale } from "../lib/i18n/index.svelte";

describe("amounts agree with the Rust catalogue", () => {
  for (const c of moneyFormats.cases) {
    it(`${c.language} ${c.currency} ${c.amount}`, () => {
      expect(formatMoney({ amount: c.amount, currency: c.currency as "CHF" | "EUR" }, c.language as Locale)).toBe(c.text);
    });
  }
});

// Dates as Rust writes them in documents (crates/comptoir-i18n date_in checks the same file).
import dateFormats from "../../../locales/date-formats.json";

describe("dates agree with the documents", () => {
  for (const c of dateFormats.cases) {
    it(`${c.language} ${c.date}`, () => {
      expect(formatDate(c.date, c.language as Locale)).toBe(c.text);
    });
  }
});

// Issue 12: instants are written by kept UTC formatters from the viewer's wall clock; they must
// say what a formatter in the viewer's zone says, in any zone, around midnight and DST changes.
import { formatInstant, formatInstantDate } from "../lib/format";
import { LOCALE_TAGS, LOCALES } from "../lib/i18n/index.svelte";

// Node's environment: the tests run in Node, the UI's types know no `process`.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

/** Runs `check` with the process in `zone`, then puts the zone back (an unset one stays unset). */
function inZone(zone: string, check: () => void): void {
  const before = env.TZ;
  env.TZ = zone;
  try {
    check();
  } finally {
    if (before === undefined) delete env.TZ;
    else env.TZ = before;
  }
}

describe("instants in the viewer's zone", () => {
  const zones = [
    "UTC",
    "Europe/Zurich",
    "America/Los_Angeles",
    "Pacific/Kiritimati",
    "Asia/Tokyo",
    "Asia/Kathmandu", // +05:45
    "Australia/Lord_Howe", // half-hour DST
    "Pacific/Apia", // skipped 30 Dec 2011
  ];
  const instants = [
    "2026-11-28T23:30:00Z",
    "2026-11-28T00:15:00+01:00",
    "2026-03-29T00:59:59Z", // Zurich's spring change
    "2026-10-25T00:30:00Z", // Zurich's autumn change
    "2026-03-08T10:00:00Z", // Los Angeles' spring change
    "2024-02-29T12:00:00.500Z",
    "1999-12-31T23:59:00-12:00",
    "2011-12-30T12:00:00Z",
    "1893-05-31T23:30:00Z", // Zurich's mean time, an offset with seconds
    "0050-06-15T12:00:00Z", // a year below 100
  ];
  it.each(zones)("%s", (zone) =>
    inZone(zone, () => {
      // The zone really changed (else this test would compare nothing).
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
        new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone, // ICU's name for it
      );
      for (const l of LOCALES)
        for (const iso of instants) {
          const date = new Date(iso);
          const tag = LOCALE_TAGS[l];
          expect(formatInstantDate(iso, l), `${l} ${iso}`).toBe(new Intl.DateTimeFormat(tag, { dateStyle: "medium" }).format(date));
          expect(formatInstant(iso, l), `${l} ${iso}`).toBe(
            new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }).format(date),
          );
        }
    }),
  );
  it("leaves what is not an instant as it came", () => {
    expect(formatInstantDate("soon", "en")).toBe("soon");
    expect(formatInstant("", "de")).toBe("");
    // Within Date's range, but not its wall-clock reading east of UTC.
    inZone("Europe/Zurich", () => {
      expect(formatInstantDate("+275760-09-13T00:00:00Z", "fr")).toBe("+275760-09-13T00:00:00Z");
      expect(formatInstant("+275760-09-13T00:00:00Z", "it")).toBe("+275760-09-13T00:00:00Z");
    });
  });
});
