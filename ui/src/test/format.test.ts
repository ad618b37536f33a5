import { describe, expect, it } from "vitest";
import { formatDate, formatMoney } from "../lib/format";

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
