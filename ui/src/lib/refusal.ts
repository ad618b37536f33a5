import type { AppError } from "./bindings";
import { hasMessage, t } from "./i18n/index.svelte";

/**
 * A refusal in the reader's language: the engine gives a reason code (`params.reason`) for
 * refusals people meet (a refused token, no connection, a product deleted on the provider, a
 * support text over its limit...); its message `refusal-<code>` says it, with the refusal's
 * other params (`max`, `given`...) as its variables, numbers as numbers. Without one, the
 * engine's sentence.
 */
export function refusalText(e: Pick<AppError, "message" | "params">): string {
  const reason = e.params?.reason;
  const key = reason ? `refusal.${reason}` : null;
  if (!key || !hasMessage(key)) return e.message;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e.params ?? {})) {
    if (k !== "reason" && v !== undefined) args[k] = /^-?\d+$/.test(v) ? Number(v) : v;
  }
  return (t as (k: string, a: Record<string, string | number>) => string)(key, args);
}

/** Whether the refusal is said in words of the catalogue (no field id needed beside it). */
export function hasRefusalText(e: Pick<AppError, "params">): boolean {
  const reason = e.params?.reason;
  return Boolean(reason && hasMessage(`refusal.${reason}`));
}
