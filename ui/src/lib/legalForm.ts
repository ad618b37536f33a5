import type { MessageKey } from "./i18n/index.svelte";
import { hasMessage, locale, translate } from "./i18n/index.svelte";

/** A legal form in words: the provider's codes (`company`, `individual`...) have a message; a
 *  local workspace's form ("Sàrl", "S.L.") is shown as typed. */
export function legalFormText(value: string): string {
  const key = `org.legalForm.${value}`;
  return hasMessage(key) ? translate(locale(), key as MessageKey) : value;
}
