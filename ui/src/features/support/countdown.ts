import { t } from "../../lib/i18n/index.svelte";

/** SUP-2: "closes in 2 days 4 h" from the engine's remaining seconds (its clock, not the
 * screen's): days and hours, then hours and minutes in the last day, then minutes. */
export function countdown(seconds: number): string {
  if (seconds <= 0) return t("sup.closed");
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return t("sup.countdown.days", { days, hours: hours % 24 });
  if (hours > 0) return t("sup.countdown.hours", { hours, minutes: minutes % 60 });
  return t("sup.countdown.minutes", { minutes: Math.max(minutes, 1) });
}
