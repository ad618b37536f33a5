import type { ProductRightGrant, ProductRights } from "../../lib/bindings";

export type RightKey = "technical" | "statistics" | "billing";
export const RIGHT_KEYS: readonly RightKey[] = ["technical", "statistics", "billing"];
export const NO_RIGHTS: ProductRights = { technical: false, statistics: false, billing: false };

/** The editor works on a map product id -> rights; the engine takes a list of grants. */
export function toMap(grants: ProductRightGrant[]): Record<number, ProductRights> {
  const out: Record<number, ProductRights> = {};
  for (const g of grants) out[g.product_id] = { ...g.rights };
  return out;
}

export function toGrants(map: Record<number, ProductRights>): ProductRightGrant[] {
  return Object.entries(map)
    .filter(([, r]) => r.technical || r.statistics || r.billing)
    .map(([id, rights]) => ({ product_id: Number(id), rights }));
}

/** Rights carried by teams, per product, with the team names that carry each right. */
export type Inherited = Record<number, Record<RightKey, string[]>>;

export function inheritedFrom(teams: { name: string; grants: ProductRightGrant[] }[]): Inherited {
  const out: Inherited = {};
  for (const team of teams) {
    for (const g of team.grants) {
      const entry = (out[g.product_id] ??= { technical: [], statistics: [], billing: [] });
      for (const k of RIGHT_KEYS) if (g.rights[k]) entry[k].push(team.name);
    }
  }
  return out;
}
