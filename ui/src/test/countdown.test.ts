import { describe, expect, it } from "vitest";
import { countdown } from "../features/support/countdown";
import { setLocale } from "../lib/i18n/index.svelte";

// Fluent isolates placeables with invisible marks; compare the words people read.
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");

describe("SUP-2 countdown", () => {
  it("says days and hours, then hours and minutes, then minutes", () => {
    setLocale("en");
    expect(plain(countdown(2 * 86400 + 4 * 3600 + 59))).toBe("closes in 2 days 4 h");
    expect(plain(countdown(86400))).toBe("closes in 1 day 0 h");
    expect(plain(countdown(7 * 86400))).toBe("closes in 7 days 0 h");
    expect(plain(countdown(86399))).toBe("closes in 23 h 59 min");
    expect(plain(countdown(59))).toBe("closes in 1 min");
    expect(plain(countdown(0))).toBe("closed");
  });

  it("speaks the reader's language", () => {
    setLocale("es");
    expect(plain(countdown(2 * 86400 + 4 * 3600))).toBe("se cierra en 2 días 4 h");
    setLocale("en");
  });
});
