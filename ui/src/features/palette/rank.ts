// How well a palette action's label matches the box, ranked like the engine ranks the store's
// hits (comptoir_core::search): 0 the whole label, 1 its start, 2 a word's start, 3 inside.

/** Case- and accent-insensitive form ("Élodie" → "elodie"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The rank of `query` (already folded, non-empty) in `label`, or null when it does not match. */
export function matchRank(query: string, label: string): number | null {
  const field = fold(label);
  if (field === query) return 0;
  if (field.startsWith(query)) return 1;
  let best: number | null = null;
  for (let i = field.indexOf(query); i !== -1; i = field.indexOf(query, i + 1)) {
    const before = field[i - 1] ?? "";
    const rank = /[\p{L}\p{N}]/u.test(before) ? 3 : 2;
    best = best === null ? rank : Math.min(best, rank);
  }
  return best;
}
