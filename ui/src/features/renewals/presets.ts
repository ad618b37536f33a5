import type { ProductQuery, ProductStatus } from "../../lib/bindings";

/** The renewals page's summary cards; each opens the table on what it counts. */
export type CountCard = "total" | "expiring" | "overdue" | "blocked" | "autoRenew";

/** The table filters that show exactly what a card counts (every organization, every date). */
export function cardFilters(card: CountCard): { status: ProductStatus | ""; auto: "" | "on" } {
  switch (card) {
    case "total":
      return { status: "", auto: "" };
    case "autoRenew":
      return { status: "", auto: "on" };
    default:
      return { status: card, auto: "" };
  }
}

export type Preset = "2m" | "6m" | "12m" | "overdue" | "custom" | "all";
export const PRESETS: readonly Preset[] = ["2m", "6m", "12m", "overdue", "custom", "all"];

/** `YYYY-MM-DD` plus `months` calendar months (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** REN-6: the date filter of a preset, relative to the engine's today. */
export function presetRange(
  preset: Preset,
  today: string,
  custom: { from: string; to: string },
): Pick<ProductQuery, "expires_from" | "expires_to"> & { statuses: ProductStatus[] } {
  switch (preset) {
    case "2m":
    case "6m":
    case "12m":
      return { expires_from: today, expires_to: addMonths(today, Number.parseInt(preset)), statuses: [] };
    case "overdue":
      return { expires_from: null, expires_to: null, statuses: ["overdue", "blocked"] };
    case "custom":
      return { expires_from: custom.from || null, expires_to: custom.to || null, statuses: [] };
    case "all":
      return { expires_from: null, expires_to: null, statuses: [] };
  }
}
