import { describe, expect, it } from "vitest";
import { mount, unmount } from "svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import RenewalsPage from "../features/renewals/RenewalsPage.svelte";
import InvoiceDialog from "../features/invoices/InvoiceDialog.svelte";
import { follow } from "../lib/links.svelte";
import { setLocale } from "../lib/i18n/index.svelte";
import type { Invoice, InvoiceDetail, Organization, ProductCounts, WorkspaceInfo } from "../lib/bindings";
import { settle } from "./dom";

// CI found it (the e2e bulk auto-renew test): after a change the counters and the forecast above
// the table were taken off screen while they reloaded, so the table jumped up and back down, and
// a click aimed at its "select all" box in that moment landed elsewhere.

const organization = { id: 1, name: "Alpina Hosting SA", currency: "CHF" } as unknown as Organization;
const counts = (total: number): ProductCounts =>
  ({ total, expiring: 1, overdue: 0, blocked: 0, auto_renew_on: 2 }) as ProductCounts;

/** The page on a mock engine whose later `renewal_counts` replies wait for `release`. */
function mountPage() {
  const held: { release: () => void }[] = [];
  let asked = 0;
  mockIPC((cmd) => {
    if (cmd === "renewal_counts") {
      asked += 1;
      const n = 39 + asked;
      if (asked === 1) return counts(n);
      return new Promise((resolve) => held.push({ release: () => resolve(counts(n)) }));
    }
    if (cmd === "attention") return { count: 0, nearest: [] };
    if (cmd === "renewal_forecast") return { first_month: "2026-11", months: 12, currencies: [] };
    if (cmd === "query_products") return { rows: [], total: 0 };
    return null;
  });
  setLocale("en");
  const target = document.createElement("div");
  document.body.appendChild(target);
  const page = mount(RenewalsPage, {
    target,
    props: {
      organization,
      organizations: [organization],
      info: { signed_in_user_id: 1, today: "2026-11-28", kind: "embedded" } as unknown as WorkspaceInfo,
      refresh: async () => {},
    },
  });
  return { page, held, asked: () => asked };
}

const shownTotal = () =>
  document.querySelector("[data-testid=renewal-counts] [data-count=total] strong")?.textContent ?? null;

describe("the renewals page after a change", () => {
  it("keeps its counters on screen while they reload, then shows the new ones", async () => {
    const { page, held, asked } = mountPage();
    await settle();
    expect(shownTotal()).toBe("40");
    // A change in the products tab (here the palette's "Export timeline" with nothing selected,
    // which says so and refreshes the counters like every change does).
    follow({ to: "do", section: "renewals", action: "export_timeline" });
    await settle();
    expect(asked()).toBe(2);
    expect(held.length).toBe(1);
    // The reply is not there yet: the old figures stay where they were.
    expect(shownTotal()).toBe("40");
    held[0]!.release();
    await settle();
    expect(shownTotal()).toBe("41");
    unmount(page);
  });

  it("shows the last reload asked for, whatever order the replies come in", async () => {
    const { page, held } = mountPage();
    await settle();
    follow({ to: "do", section: "renewals", action: "export_timeline" });
    await settle();
    follow({ to: "do", section: "renewals", action: "export_timeline" });
    await settle();
    expect(held.length).toBe(2);
    held[1]!.release(); // the second change's figures (42)...
    await settle();
    expect(shownTotal()).toBe("42");
    held[0]!.release(); // ...are not replaced by the first's, which came late
    await settle();
    expect(shownTotal()).toBe("42");
    unmount(page);
  });
});

describe("an invoice's lines while they reload", () => {
  const chf = (amount: string) => ({ amount, currency: "CHF" });
  const invoice = {
    id: 7, organization_id: 1, kind: "invoice", number: "INV-CHF-2026-0007", issued_on: "2026-11-01",
    due_on: "2026-12-01", total: chf("20.00"), paid: chf("20.00"), status: "paid", order_id: null,
    corrects_invoice_id: null, line_count: 2,
  } as unknown as Invoice;
  const line = (product_id: number, credited_by: string | null) => ({
    description: `Product ${product_id}`, period_from: null, period_to: null, quantity: 1, unit_price: chf("10.00"),
    vat_rate_bp: 810, amount: chf("10.00"), product_id, credited_by,
  });
  const detail = (credited: boolean): InvoiceDetail =>
    ({
      invoice, corrects: null, sha256: null, credit_notes: [],
      lines: [line(1, credited ? "CN-CHF-2026-0001" : null), line(2, null)],
      creditable: chf(credited ? "10.00" : "20.00"),
    }) as unknown as InvoiceDetail;

  it("drops a line ticked on the old lines once the new ones say it was credited", async () => {
    // Review finding: after a credit the old lines stayed while the detail reloaded; a line
    // ticked then stayed chosen once it showed as credited, and every later credit was refused.
    let asked = 0;
    let release = () => {};
    mockIPC((cmd) => {
      if (cmd === "billing_access") return { organization_wide: true };
      if (cmd === "save_document") return null;
      if (cmd === "invoice_detail") {
        asked += 1;
        if (asked === 1) return detail(false);
        return new Promise((resolve) => (release = () => resolve(detail(true))));
      }
      return null;
    });
    setLocale("en");
    const target = document.createElement("div");
    document.body.appendChild(target);
    const dialog = mount(InvoiceDialog, { target, props: { invoice, onclose: () => {}, flash: () => {} } });
    await settle();
    expect(document.querySelectorAll("[data-testid=credit-line]").length).toBe(2);
    // A change (here: saving the PDF) reloads the detail; its reply waits.
    (document.querySelector("[data-testid=invoice-save]") as HTMLButtonElement).click();
    await settle();
    expect(asked).toBe(2);
    // Meanwhile the old lines are still there: line 1 is ticked.
    const boxes = document.querySelectorAll<HTMLInputElement>("[data-testid=credit-line]");
    expect(boxes.length).toBe(2);
    boxes[0]!.click();
    await settle();
    release(); // line 1 was credited in the meantime
    await settle();
    expect(document.querySelectorAll("[data-testid=credit-line]").length).toBe(1);
    (document.querySelector("[data-testid=credit]") as HTMLButtonElement).click();
    await settle();
    // Nothing chosen any more: the confirmation is for what is left, not for "1 line".
    const confirm = document.querySelector("[role=alert]")?.textContent ?? "";
    expect(confirm).toContain("Issue a credit note for the whole of INV-CHF-2026-0007");
    unmount(dialog);
  });
});
