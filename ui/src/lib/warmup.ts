import FONTS from "./first-screen-fonts.json";

// Issue 12: the fonts of the first screen, matched while the page waits for the startup reply.
// WebKit looks each font the page draws with (family, size and weight) up in the system's fonts
// through fontconfig the first time it lays text out in it, ~10-20 ms each on a 2-core machine.
// The first screen draws with five (folded from nine: every extra size or weight is paid before
// the first paint); laying a hidden line out in each while the main thread would otherwise wait
// moves that work out of the frame that shows the data. tests/e2e.rs checks that the list is
// exactly the fonts the first screen draws with.

/** The fonts of the first screen (the shell and the Organization page), as CSS `font` values. */
export const FIRST_SCREEN_FONTS: readonly string[] = FONTS;

/**
 * Lays out one hidden line in each font of the first screen, then removes it. Returns how many
 * fonts it laid out.
 */
export function warmFonts(doc: Document = document): number {
  const probe = doc.createElement("div");
  probe.setAttribute("aria-hidden", "true");
  probe.style.cssText = "position:fixed;top:0;left:0;visibility:hidden;pointer-events:none;white-space:nowrap";
  for (const font of FIRST_SCREEN_FONTS) {
    const line = doc.createElement("span");
    line.style.font = font;
    line.textContent = "Ag 0";
    probe.append(line);
  }
  doc.body.append(probe);
  // Reading a size lays the page out, and with it the text in each font.
  void probe.offsetWidth;
  probe.remove();
  return FIRST_SCREEN_FONTS.length;
}
