import type { AppError } from "./bindings";
import { hasMessage, t } from "./i18n/index.svelte";

/**
 * A refusal in the reader's language: the engine gives a reason code (`params.reason`) for
 * refusals people meet on the provider path (a refused token, no connection, a product deleted
 * on the provider...); its message `refusal-<code>` says it. Without one, the engine's sentence.
 */
export function refusalText(e: Pick<AppError, "message" | "params">): string {
  const reason = e.params?.reason;
  const key = reason ? `refusal.${reason}` : null;
  return key && hasMessage(key) ? t(key) : e.message;
}

/** Whether the refusal is said in words of the catalogue (no field id needed beside it). */
export function hasRefusalText(e: Pick<AppError, "params">): boolean {
  const reason = e.params?.reason;
  return Boolean(reason && hasMessage(`refusal.${reason}`));
}
