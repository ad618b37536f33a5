import type { OrganizationOverview } from "./bindings";

// Issue 12: where the startup time goes, seen from the page. The first screen's data on screen
// is the app's first paint; one line in the app log says when (wall clock, for the startup
// benchmark in scripts/bench.sh), when the bundle started running, and each command sent before.

const bundleAt = performance.now();
const calls: string[] = [];
let painted = false;
let logged = false;
// Every frame from the bundle's start to the first paint (ms after navigation, at most 40): how
// many the page took, and how long each was.
const frames: number[] = [];
if (typeof requestAnimationFrame === "function") {
  const tick = (at: number) => {
    frames.push(Math.round(at));
    if (!logged && frames.length < 40) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** A command sent before the first paint: its name, when it left and when its reply came. */
export function startupCall(cmd: string, from: number, to: number): void {
  if (!painted && calls.length < 30) calls.push(`${cmd} ${Math.round(from)}-${Math.round(to)}`);
}

/** The first screen shows its data: logs the frame after next, once per window. */
export function firstPaint(screen: string, raf: (cb: () => void) => unknown = requestAnimationFrame): void {
  if (painted) return;
  painted = true;
  const dataAt = performance.now();
  raf(() => {
    const frameAt = performance.now();
    raf(() => {
      logged = true;
      console.info(
        `startup: first paint of ${screen} at ${Date.now()} ms; navigation +${Math.round(performance.now())} ms, ` +
          `bundle ran at +${Math.round(bundleAt)} ms, data at +${Math.round(dataAt)} ms, its frame at ` +
          `+${Math.round(frameAt)} ms; commands (sent-replied, ms): ${calls.join(", ")}; frames at +${frames.join(", +")} ms`,
      );
    });
  });
}

/**
 * The organization overview that came with the startup reply: the Organization page shows it
 * instead of asking again, once (a later load, a switch or a refresh asks the engine).
 */
let prefetched: OrganizationOverview | null = null;

export function keepOverview(overview: OrganizationOverview | null): void {
  prefetched = overview;
}

export function takeOverview(organizationId: number): OrganizationOverview | null {
  const kept = prefetched;
  prefetched = null;
  return kept && kept.organization.id === organizationId ? kept : null;
}
