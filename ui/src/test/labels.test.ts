import { describe, expect, it } from "vitest";
import { tooLateToEnable } from "../features/renewals/labels";

describe("the last day to switch auto-renewal on (REN-5)", () => {
  // Expires 27 Nov, last day 13 Nov: 14 days of lead.
  it("is still open on the last day itself", () => {
    expect(tooLateToEnable("2026-11-13", "2026-11-27", 14)).toBe(false);
    expect(tooLateToEnable("2026-11-13", "2026-11-27", 30)).toBe(false);
  });
  it("has passed from the next day on, and on the expiry day", () => {
    expect(tooLateToEnable("2026-11-13", "2026-11-27", 13)).toBe(true);
    expect(tooLateToEnable("2026-11-13", "2026-11-27", 0)).toBe(true);
    expect(tooLateToEnable("2026-11-13", "2026-11-27", -3)).toBe(true);
  });
});
