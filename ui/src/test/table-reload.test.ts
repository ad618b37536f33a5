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

/** The tab on a mock engine: the first query answers at once, later ones wait for `release`. */
function mountTab() {
  const held: { query: ProductQuery; release: (rows?: ProductRow[]) => void; fail: () => void }[] = [];
  let asked = 0;
  mockIPC((cmd, payload) => {
    if (cmd !== "query_products") return null;
    const query = (payload as { query: ProductQuery }).query;
    asked += 1;
    const page = (rows: ProductRow[]): ProductPage => ({ rows, total: rows.length });
    if (asked === 1) return page(byName);
    return new Promise((resolve, reject) =>
      held.push({
        query,
        release: (rows = [...byName].reverse()) => resolve(page(rows)),
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
  return { tab, held };
}

const shown = () =>
  [...document.querySelectorAll<HTMLElement>("[data-testid=products-table] tbody tr[data-product]")].map(
    (r) => r.dataset.product,
  );
const table = () => document.querySelector("[data-testid=products-table]")!;
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
    document.querySelector<HTMLButtonElement>("button.sort[data-sort=name]")!.click();
    await settle();
    expect(held.length).toBe(1);
    expect(held[0]!.query.sort).toBe("name");
    // The reply is not there yet: the rows shown stay, said busy, and no "Loading…" row.
    expect(shown()).toEqual(["1", "2", "3"]);
    expect(loadingRows()).toBe(0);
    expect(table().getAttribute("aria-busy")).toBe("true");
    held[0]!.release();
    await settle();
    expect(shown()).toEqual(["3", "2", "1"]);
    expect(table().getAttribute("aria-busy")).toBe("false");
    // Rows are keyed by position: the new table is written into the row elements already there.
    expect(document.querySelector("[data-testid=products-table] tbody tr[data-product]")).toBe(firstRow);
    unmount(tab);
  });

  it("shows the last change asked for, whatever order the replies come in", async () => {
    const { tab, held } = mountTab();
    await settle();
    document.querySelector<HTMLButtonElement>("button.sort[data-sort=name]")!.click();
    await settle();
    document.querySelector<HTMLButtonElement>("button.sort[data-sort=price]")!.click();
    await settle();
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
    document.querySelector<HTMLButtonElement>("button.sort[data-sort=name]")!.click();
    await settle();
    held[0]!.fail();
    await settle();
    expect(shown()).toEqual([]);
    expect(document.body.textContent).toContain("the disk is full");
    expect(table().getAttribute("aria-busy")).toBe("false");
    unmount(tab);
  });
});
