import type { OrganizationOverview } from "./bindings";

// Issue 12: where the startup time goes, seen from the page. The first screen's data on screen
// is the app's first paint; one line in the app log says when (wall clock, for the startup
// benchmark in scripts/bench.sh), when the bundle started running, and each command sent before.

const bundleAt = performance.now();
const calls: string[] = [];
let painted = false;

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
      console.info(
        `startup: first paint of ${screen} at ${Date.now()} ms; navigation +${Math.round(performance.now())} ms, ` +
          `bundle ran at +${Math.round(bundleAt)} ms, data at +${Math.round(dataAt)} ms, its frame at ` +
          `+${Math.round(frameAt)} ms; commands (sent-replied, ms): ${calls.join(", ")}`,
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
