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
