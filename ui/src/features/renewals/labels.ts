import type { PaidOrder, PaymentMethod } from "../../lib/bindings";
import { locale, t } from "../../lib/i18n/index.svelte";
import { formatMoney } from "../../lib/format";

/** What a payment did, in words, with the products whose auto-renewal it switched on (REN-2). */
export function paidMessage(o: PaidOrder): string {
  const total = formatMoney(o.total, locale());
  const text =
    o.document_kind === "pro_forma"
      ? t("pay.done.proforma", { number: o.document_number, total })
      : t("pay.done.invoice", { number: o.document_number, total });
  return o.auto_renew_on.length ? `${text} ${t("pay.done.autoRenew", { names: o.auto_renew_on.join(", ") })}` : text;
}

/** A saved method as people recognize it: "Visa •••• 4242 · Company Visa". */
export function methodLabel(m: PaymentMethod): string {
  return `${t(`method.${m.kind}`)}${m.last4 ? ` •••• ${m.last4}` : ""} · ${m.label}`;
}

/** REN-2, said before paying: whether paying with `m` will switch auto-renewal on. */
export function autoRenewNotice(m: PaymentMethod | undefined): string | null {
  if (!m) return null;
  return m.allows_auto_renew
    ? t("pay.autoRenewWill", { method: `${t(`method.${m.kind}`)}${m.last4 ? ` •••• ${m.last4}` : ""}` })
    : t("pay.autoRenewWont", { method: t(`method.${m.kind}`) });
}

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
