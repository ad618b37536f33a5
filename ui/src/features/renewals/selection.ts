import type { ProductQuery, Selection } from "../../lib/bindings";

/** The table's selection: explicit ids, or "every row matching the filter" minus exclusions. */
export interface TableSelection {
  all: boolean;
  ids: number[];
  excluded: number[];
}

export const EMPTY: TableSelection = { all: false, ids: [], excluded: [] };

export function selectedCount(sel: TableSelection, total: number): number {
  return sel.all ? total - sel.excluded.length : sel.ids.length;
}

export function isSelected(sel: TableSelection, id: number): boolean {
  return sel.all ? !sel.excluded.includes(id) : sel.ids.includes(id);
}

export function toggle(sel: TableSelection, id: number): TableSelection {
  const flip = (list: number[]) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  return sel.all ? { ...sel, excluded: flip(sel.excluded) } : { ...sel, ids: flip(sel.ids) };
}

/** What the engine resolves: the filter itself for "select all", never a huge id list. */
export function toEngine(sel: TableSelection, query: ProductQuery): Selection {
  return sel.all
    ? { query: { ...query, offset: 0, limit: 100 }, ids: [], excluded: sel.excluded }
    : { query: null, ids: sel.ids, excluded: [] };
}
