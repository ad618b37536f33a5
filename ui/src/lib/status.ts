import type { GrantState, InvoiceStatus, ProductStatus } from "./bindings";
import type { MessageKey } from "./i18n/index.svelte";

export type Tone = "ok" | "warn" | "danger" | "muted" | "info";

export const productStatus: Record<ProductStatus, { tone: Tone; key: MessageKey }> = {
  active: { tone: "ok", key: "status.active" },
  expiring: { tone: "warn", key: "status.expiring" },
  overdue: { tone: "danger", key: "status.overdue" },
  blocked: { tone: "danger", key: "status.blocked" },
  cancelled: { tone: "muted", key: "status.cancelled" },
};

export const invoiceStatus: Record<InvoiceStatus, { tone: Tone; key: MessageKey }> = {
  paid: { tone: "ok", key: "status.paid" },
  unpaid: { tone: "warn", key: "status.unpaid" },
  overdue: { tone: "danger", key: "status.invOverdue" },
  cancelled: { tone: "muted", key: "status.invCancelled" },
};

export const grantState: Record<GrantState, { tone: Tone; key: MessageKey }> = {
  active: { tone: "info", key: "sup.state.active" },
  revoked: { tone: "muted", key: "sup.state.revoked" },
  expired: { tone: "muted", key: "sup.state.expired" },
};
