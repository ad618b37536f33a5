// Links between sections (issue 14 §7): an invoice to its products and its order, a product to
// its invoices; and the command palette's jumps (issue 17): a document, a person, a team, or an
// action run where it lives. `follow` leaves a pending link and switches section; the section
// that opens takes it (once) and filters itself or opens what it names.

export type Section = "organization" | "renewals" | "invoices" | "support" | "security" | "partner" | "settings";
/** Actions the palette runs in their section (the section checks it may, and says so if not). */
export type Action = "add_user" | "pay_selection" | "export_timeline" | "reset_demo";

export type Link =
  /** Renewals, products tab, only these products (an invoice's lines). */
  | { to: "renewals"; productIds: number[]; label: string }
  /** Renewals, orders tab of `organizationId`, that order shown. */
  | { to: "orders"; organizationId: number; orderId: number; label: string }
  /** Invoices with a line for this product. */
  | { to: "invoices"; productId: number; label: string }
  /** Invoices, this document opened. */
  | { to: "invoice"; organizationId: number; invoiceId: number }
  /** Organization of `organizationId`, users tab searched for this person. */
  | { to: "member"; organizationId: number; email: string }
  /** Organization of `organizationId`, teams tab. */
  | { to: "team"; organizationId: number; teamId: number }
  /** An action, run in its section. */
  | { to: "do"; section: Section; action: Action };

const SECTION: Record<Link["to"], Section | null> = {
  renewals: "renewals",
  orders: "renewals",
  invoices: "invoices",
  invoice: "invoices",
  member: "organization",
  team: "organization",
  do: null,
};

const pending = $state<{ link: Link | null }>({ link: null });
let navigate: ((section: Section, organizationId?: number) => void) | null = null;

/** The app shell says how to switch section (and organization). */
export function onFollow(f: typeof navigate): void {
  navigate = f;
}

export function follow(link: Link): void {
  pending.link = link;
  const section = link.to === "do" ? link.section : SECTION[link.to]!;
  navigate?.(section, "organizationId" in link ? link.organizationId : undefined);
}

/** The pending link for `to`, taken once (a later visit shows the section unfiltered). Read
 * inside an `$effect`, it also takes a link that arrives while the section is open. */
export function take<T extends Link["to"]>(
  to: T,
  mine: (link: Extract<Link, { to: T }>) => boolean = () => true,
): Extract<Link, { to: T }> | null {
  const link = pending.link;
  // A link for another organization is left for the page that organization opens.
  if (!link || link.to !== to || !mine(link as Extract<Link, { to: T }>)) return null;
  pending.link = null;
  return link as Extract<Link, { to: T }>;
}

/** Whether `action` is pending (and takes it): for an `$effect` in the section that runs it. */
export function takeAction(action: Action): boolean {
  const link = pending.link;
  if (!link || link.to !== "do" || link.action !== action) return false;
  pending.link = null;
  return true;
}
