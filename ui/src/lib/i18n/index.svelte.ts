import { en, type MessageKey } from "./en";
import { es } from "./es";

export type Locale = "en" | "es";
export const LOCALES: readonly Locale[] = ["en", "es"];
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, es };

/** The first supported language among the OS/browser preferences, English otherwise. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === "es" || base === "en") return base;
  }
  return "en";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const state = $state<{ locale: Locale }>({ locale: "en" });

export function locale(): Locale {
  return state.locale;
}

export function setLocale(next: Locale): void {
  state.locale = next;
  document.documentElement.lang = next;
}

/** Translates `key` into the current locale, filling `{name}` placeholders from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(state.locale, key, params);
}

export function translate(
  to: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = catalogues[to][key] || en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export { en, es, type MessageKey };
