import { describe, expect, it } from "vitest";
import { mount, unmount } from "svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import ProductsTab from "../features/renewals/ProductsTab.svelte";
import { setLocale } from "../lib/i18n/index.svelte";
import type { Organization, ProductPage, ProductQuery, ProductRow, WorkspaceInfo } from "../lib/bindings";
import { settle } from "./dom";

// Issue 12, item 4: a sort or preset change replaced every row with a "Loading…" row until the
// engine replied, then built the rows again: twice the work, and a frame of empty rows could be
// painted between the two tables. The rows shown now stay until the new ones replace them.

const organization = { id: 1, name: "Alpina Hosting SA", currency: "CHF" } as unknown as Organization;

function row(id: number, name: string): ProductRow {
  return {
    product: {
      id,
      organization_id: 1,
      kind: "domain_ch",
      name,
      customer_name: "Atelier",
      expires_on: "2026-12-20",
      period_months: 12,
      price: { amount: "15.00", currency: "CHF" },
      auto_renew: false,
      auto_renew_method_id: null,
      status: "expiring",
      days_left: 22,
    },
    organization_name: organization.name,
    auto_renew_method: null,
    auto_renew_last4: null,
    charge_on: "2026-12-20",
    last_day_to_enable: "2026-11-20",
    can_enable_auto_renew: false,
    gone_on_provider: false,
  } as unknown as ProductRow;
}

const byName: ProductRow[] = [row(1, "alpha.ch"), row(2, "beta.ch"), row(3, "gamma.ch")];

/** The tab on a mock engine: the first query answers at once (with `first`), later first pages
 * wait for `release`; other pages of `total` products answer at once. */
function mountTab(first: ProductRow[] = byName, total = first.length) {
  const held: { query: ProductQuery; release: (rows?: ProductRow[]) => void; fail: () => void }[] = [];
  const asked: string[] = [];
  let calls = 0;
  mockIPC((cmd, payload) => {
    if (cmd === "set_period") return null;
    if (cmd !== "query_products") return null;
    const query = (payload as { query: ProductQuery }).query;
    asked.push(`${query.sort}@${query.offset}`);
    calls += 1;
    const page = (rows: ProductRow[], of = rows.length): ProductPage => ({ rows, total: of });
    if (calls === 1) return page(first, total);
    if (query.offset > 0) {
      const n = Math.min(100, total - query.offset);
      return page(Array.from({ length: n }, (_, i) => row(query.offset + i + 1, `p${query.offset + i + 1}.ch`)), total);
    }
    return new Promise((resolve, reject) =>
      held.push({
        query,
        release: (rows = [...byName].reverse()) => resolve(page(rows, total > first.length ? total : rows.length)),
        fail: () => reject({ code: "storage", message: "the disk is full" }),
      }),
    );
  });
  setLocale("en");
  const target = document.createElement("div");
  document.body.appendChild(target);
  const tab = mount(ProductsTab, {
    target,
    props: {
      organizations: [organization],
      info: { signed_in_user_id: 1, today: "2026-11-28", kind: "embedded" } as unknown as WorkspaceInfo,
      flash: () => {},
    },
  });
  return { tab, held, asked };
}

const shown = () =>
  [...document.querySelectorAll<HTMLElement>("[data-testid=products-table] tbody tr[data-product]")].map(
    (r) => r.dataset.product,
  );
/** Clicks a column's sort button and lets the tab ask for its rows. */
async function sortBy(column: string): Promise<void> {
  document.querySelector<HTMLButtonElement>(`button.sort[data-sort=${column}]`)!.click();
  await settle();
}

/** Scrolls the table down to row `index` (rows are 44 px) and lets it read what it needs. */
async function scrollToRow(index: number): Promise<HTMLElement> {
  const scroller = document.querySelector<HTMLElement>("[data-testid=products-scroller]")!;
  scroller.scrollTop = index * 44;
  scroller.dispatchEvent(new Event("scroll"));
  await settle();
  return scroller;
}

const loadingRows = () =>
  [...document.querySelectorAll("[data-testid=products-table] tbody td")].filter((td) =>
    td.textContent?.includes("Loading"),
  ).length;

describe("the renewals table after a sort or filter change", () => {
  it("keeps its rows until the new ones come, then shows them in the same row elements", async () => {
    const { tab, held } = mountTab();
    await settle();
    expect(shown()).toEqual(["1", "2", "3"]);
    const firstRow = document.querySelector("[data-testid=products-table] tbody tr[data-product]");
    await sortBy("name");
    expect(held.length).toBe(1);
    expect(held[0]!.query.sort).toBe("name");
    // The reply is not there yet: the rows shown stay, and no "Loading…" row.
    expect(shown()).toEqual(["1", "2", "3"]);
    expect(loadingRows()).toBe(0);
    held[0]!.release();
    await settle();
    expect(shown()).toEqual(["3", "2", "1"]);
    // Rows are keyed by position: the new table is written into the row elements already there.
    expect(document.querySelector("[data-testid=products-table] tbody tr[data-product]")).toBe(firstRow);
    unmount(tab);
  });

  it("shows the last change asked for, whatever order the replies come in", async () => {
    const { tab, held } = mountTab();
    await settle();
    await sortBy("name");
    await sortBy("price");
    expect(held.map((h) => h.query.sort)).toEqual(["name", "price"]);
    held[1]!.release([row(9, "zeta.ch")]);
    await settle();
    expect(shown()).toEqual(["9"]);
    // The first change's reply, late, changes nothing.
    held[0]!.release();
    await settle();
    expect(shown()).toEqual(["9"]);
    unmount(tab);
  });

  it("shows no rows of the previous query under the new one's error", async () => {
    const { tab, held } = mountTab();
    await settle();
    await sortBy("name");
    held[0]!.fail();
    await settle();
    expect(shown()).toEqual([]);
    expect(document.body.textContent).toContain("the disk is full");
    unmount(tab);
  });

  it("takes no action on the previous rows while the new ones load, and keeps no selection made meanwhile", async () => {
    const { tab, held } = mountTab();
    await settle();
    await sortBy("name");
    // "Select all" would count the previous query's products: it selects nothing meanwhile.
    const all = document.querySelector<HTMLInputElement>("[data-testid=select-all-products]")!;
    all.click();
    await settle();
    expect(all.checked).toBe(false);
    expect(document.querySelector("[data-testid=selected-count]")).toBeNull();
    // Neither does an old row's box, nor does its menu open.
    const box = document.querySelector<HTMLInputElement>("tr[data-product='3'] td.check input")!;
    box.click();
    await settle();
    expect(box.checked).toBe(false);
    expect(document.querySelector("[data-testid=selected-count]")).toBeNull();
    document.querySelector<HTMLButtonElement>("tr[data-product='3'] [data-testid=row-menu]")!.click();
    await settle();
    expect(document.querySelector("[role=menu]")).toBeNull();
    held[0]!.release([row(1, "alpha.ch")]);
    await settle();
    expect(shown()).toEqual(["1"]);
    expect(document.querySelector("[data-testid=selected-count]")).toBeNull();
    // Once the new rows are there, they act.
    document.querySelector<HTMLInputElement>("tr[data-product='1'] td.check input")!.click();
    await settle();
    expect(document.querySelector("[data-testid=selected-count]")?.textContent).toContain("1");
    unmount(tab);
  });

  it("shows no count of the previous query under the new one's error", async () => {
    const { tab, held } = mountTab();
    await settle();
    await sortBy("name");
    held[0]!.fail();
    await settle();
    expect(document.querySelector("[data-testid=matching]")?.textContent ?? "").not.toContain("3");
    expect(document.querySelector("[data-testid=select-all-products]")?.getAttribute("aria-label") ?? "").not.toContain("3");
    expect(loadingRows()).toBe(0);
    unmount(tab);
  });

  it("does not leave the previous query's empty message on screen while the next one loads", async () => {
    const { tab, held } = mountTab([]);
    await settle();
    expect(document.body.textContent).toContain("No product matches");
    const preset = document.querySelector<HTMLSelectElement>("[data-testid=preset]")!;
    preset.value = "all";
    preset.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(held.length).toBe(1);
    expect(document.body.textContent).not.toContain("No product matches");
    held[0]!.release();
    await settle();
    expect(shown()).toEqual(["3", "2", "1"]);
    unmount(tab);
  });

  it("reads again the rows on screen after a change made while scrolled down", async () => {
    const first = Array.from({ length: 100 }, (_, i) => row(i + 1, `p${i + 1}.ch`));
    const { tab, held, asked } = mountTab(first, 1000);
    await settle();
    await scrollToRow(500);
    expect(shown()[0]).toBe("496");
    asked.length = 0;
    // A change from a row's menu: its period.
    const tr = document.querySelector<HTMLElement>("tr[data-product='501']")!;
    tr.querySelector<HTMLButtonElement>("[data-testid=row-menu]")!.click();
    await settle();
    [...tr.querySelectorAll<HTMLButtonElement>("[role=menuitem]")].find((b) => b.textContent?.includes("period"))!.click();
    await settle();
    document.querySelector<HTMLButtonElement>("[data-testid=period-save]")!.click();
    await settle();
    // The pages on screen are asked again, not the first one.
    expect(asked).toEqual(["expires_on@400", "expires_on@500"]);
    expect(held.length).toBe(0);
    expect(shown()[0]).toBe("496");
    expect(loadingRows()).toBe(0);
    unmount(tab);
  });

  it("scrolls back to the top for a new sort", async () => {
    const first = Array.from({ length: 100 }, (_, i) => row(i + 1, `p${i + 1}.ch`));
    const { tab } = mountTab(first, 1000);
    await settle();
    const scroller = await scrollToRow(500);
    await sortBy("name");
    expect(scroller.scrollTop).toBe(0);
    unmount(tab);
  });
});
