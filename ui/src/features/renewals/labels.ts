import type { PaidOrder, PaymentMethod } from "../../lib/bindings";
import { locale, t } from "../../lib/i18n/index.svelte";
import { formatList, formatMoney, formatPeriod, formatRelativeDays } from "../../lib/format";

/** What a payment did, in words, with the products whose auto-renewal it switched on (REN-2). */
export function paidMessage(o: PaidOrder): string {
  const total = formatMoney(o.total, locale());
  const text =
    o.document_kind === "pro_forma"
      ? t("pay.done.proforma", { number: o.document_number, total })
      : t("pay.done.invoice", { number: o.document_number, total });
  return o.auto_renew_on.length
    ? `${text} ${t("pay.done.autoRenew", { names: formatList(o.auto_renew_on, locale()) })}`
    : text;
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
  return formatPeriod(months, locale());
}

/** Days to expiry in words: "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  return formatRelativeDays(days, locale());
}
