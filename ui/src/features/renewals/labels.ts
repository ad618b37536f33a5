import { t } from "../../lib/i18n/index.svelte";

/** A renewal period in words: "1 month", "6 months", "1 year", "3 years". */
export function periodLabel(months: number): string {
  if (months % 12 === 0) return months === 12 ? t("ren.year") : t("ren.years", { n: months / 12 });
  return months === 1 ? t("ren.month") : t("ren.months", { n: months });
}

/** Days to expiry in words: "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return t("ren.today");
  if (days === 1) return t("ren.inDay");
  if (days === -1) return t("ren.dayAgo");
  return days > 0 ? t("ren.inDays", { n: days }) : t("ren.daysAgo", { n: -days });
}
