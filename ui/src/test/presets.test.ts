import { describe, expect, it } from "vitest";
import { addMonths, presetRange } from "../features/renewals/presets";

describe("REN-6 date presets", () => {
  it("next 2 months is the default window from the engine's today", () => {
    expect(presetRange("2m", "2026-11-27", { from: "", to: "" })).toEqual({
      expires_from: "2026-11-27",
      expires_to: "2027-01-27",
      statuses: [],
    });
  });

  it("month arithmetic clamps to the month's last day", () => {
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  });

  it("show all clears the dates; overdue filters on status", () => {
    expect(presetRange("all", "2026-11-27", { from: "", to: "" }).expires_from).toBeNull();
    expect(presetRange("overdue", "2026-11-27", { from: "", to: "" }).statuses).toEqual(["overdue", "blocked"]);
    expect(presetRange("custom", "2026-11-27", { from: "2026-12-01", to: "" })).toEqual({
      expires_from: "2026-12-01",
      expires_to: null,
      statuses: [],
    });
  });
});
