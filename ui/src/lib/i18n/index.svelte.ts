import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import enSource from "../../../../locales/en/ui.ftl?raw";
import esSource from "../../../../locales/es/ui.ftl?raw";
import { messageId } from "./ids";
import type { MessageKey } from "./keys";

export type Locale = "en" | "es";
export const LOCALES: readonly Locale[] = ["en", "es"];
/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** The catalogue files, one per language: locales/<lang>/ui.ftl (Rust reads the same folder). */
export const SOURCES: Record<Locale, string> = { en: enSource, es: esSource };

/** The BCP 47 tag a language formats with: the provider is Swiss, its Spanish customers in Spain. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en-CH", es: "es-ES" };

const bundles: Partial<Record<Locale, FluentBundle>> = {};

function bundle(locale: Locale): FluentBundle {
  let b = bundles[locale];
  if (!b) {
    // No bidi isolation marks: the five languages are left-to-right, and the marks would end up
    // inside aria-labels, titles, native dialogs and copied text.
    b = new FluentBundle(LOCALE_TAGS[locale], { useIsolating: false });
    b.addResource(new FluentResource(SOURCES[locale]));
    bundles[locale] = b;
  }
  return b;
}

/** The first supported language among the OS/browser preferences, English otherwise. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
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

export type MessageArgs = Record<string, string | number>;

/** Translates `key` into the current locale, filling its `{ $name }` variables from `args`. */
export function t(key: MessageKey, args: MessageArgs = {}): string {
  return translate(state.locale, key, args);
}

/** Whether the catalogue has `key` (for keys built from data, such as a rule id). */
export function hasMessage(key: string): key is MessageKey {
  return bundle("en").hasMessage(messageId(key));
}

export function translate(to: Locale, key: MessageKey, args: MessageArgs = {}): string {
  const id = messageId(key);
  const b = bundle(to).hasMessage(id) ? bundle(to) : bundle("en");
  const pattern = b.getMessage(id)?.value;
  if (!pattern) return key;
  // Numbers stay plain text for now: the same output as the former catalogue.
  const values: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) values[name] = String(value);
  // A missing variable shows as "{$name}" rather than failing the whole screen.
  return b.formatPattern(pattern, values, []);
}

export type { MessageKey };
