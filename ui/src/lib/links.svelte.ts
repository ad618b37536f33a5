// Links between sections (issue 14 §7): an invoice to its products and its order, a product to
// its invoices. `follow` leaves a pending link and switches section; the section that opens
// takes it (once) and filters itself.

export type Link =
  /** Renewals, products tab, only these products (an invoice's lines). */
  | { to: "renewals"; productIds: number[]; label: string }
  /** Renewals, orders tab of `organizationId`, that order shown. */
  | { to: "orders"; organizationId: number; orderId: number; label: string }
  /** Invoices with a line for this product. */
  | { to: "invoices"; productId: number; label: string };

const pending = $state<{ link: Link | null }>({ link: null });
let navigate: ((section: "renewals" | "invoices", organizationId?: number) => void) | null = null;

/** The app shell says how to switch section (and organization). */
export function onFollow(f: typeof navigate): void {
  navigate = f;
}

export function follow(link: Link): void {
  pending.link = link;
  navigate?.(link.to === "invoices" ? "invoices" : "renewals", link.to === "orders" ? link.organizationId : undefined);
}

/** The pending link for `to`, taken once (a later visit shows the section unfiltered). */
export function take<T extends Link["to"]>(to: T): Extract<Link, { to: T }> | null {
  const link = pending.link;
  if (!link || link.to !== to) return null;
  pending.link = null;
  return link as Extract<Link, { to: T }>;
}
