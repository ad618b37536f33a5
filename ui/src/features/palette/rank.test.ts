import { describe, expect, it } from "vitest";
import { fold, matchRank } from "./rank";

describe("palette ranking (same ranks as the engine's)", () => {
  it("ranks whole, start, word start, inside", () => {
    expect(matchRank(fold("Zurich"), "Zürich")).toBe(0);
    expect(matchRank(fold("pay"), "Pay my selection")).toBe(1);
    expect(matchRank(fold("sel"), "Pay my selection")).toBe(2);
    expect(matchRank(fold("lect"), "Pay my selection")).toBe(3);
    expect(matchRank(fold("usuario"), "Añadir usuario")).toBe(2);
    expect(matchRank(fold("xyz"), "Pay my selection")).toBeNull();
  });
  it("a later word start beats an earlier inside match", () => {
    expect(matchRank("web", "cobweb web")).toBe(2);
  });
});
