import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import enSource from "../../../../locales/en/ui.ftl?raw";
import { messageId } from "./ids";
import type { MessageKey, MessageVariables } from "./keys";

export type Locale = "en" | "es" | "fr" | "de" | "it";
export const LOCALES: readonly Locale[] = ["en", "es", "fr", "de", "it"];
/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  it: "Italiano",
};

/**
 * The catalogue files, one per language: locales/<lang>/ui.ftl (Rust reads the same folder).
 * English is in the first bundle (every other language falls back to it); each other language is
 * its own file, loaded when it is first shown (issue 12: less to load before the first paint).
 */
const LOADERS: Record<Exclude<Locale, "en">, () => Promise<{ default: string }>> = {
  es: () => import("../../../../locales/es/ui.ftl?raw"),
  fr: () => import("../../../../locales/fr/ui.ftl?raw"),
  de: () => import("../../../../locales/de/ui.ftl?raw"),
  it: () => import("../../../../locales/it/ui.ftl?raw"),
};
const sources: Partial<Record<Locale, string>> = { en: enSource };

/** The catalogue of `locale`, loaded once. */
export async function loadSource(locale: Locale): Promise<string> {
  const known = sources[locale];
  if (known !== undefined) return known;
  const loaded = (await LOADERS[locale as Exclude<Locale, "en">]()).default;
  sources[locale] = loaded;
  return loaded;
}

/** Every catalogue (the tests compare them). */
export async function allSources(): Promise<Record<Locale, string>> {
  const all = await Promise.all(LOCALES.map(loadSource));
  return Object.fromEntries(LOCALES.map((l, i) => [l, all[i]])) as Record<Locale, string>;
}


/**
 * The BCP 47 tag each language formats numbers, dates and plurals with: the provider is Swiss,
 * its Spanish-speaking customers are in Spain.
 */
export const LOCALE_TAGS: Record<Locale, string> = {
  en: "en-CH",
  es: "es-ES",
  fr: "fr-CH",
  de: "de-CH",
  it: "it-CH",
};

/**
 * One Swiss thousands mark everywhere: ICU versions disagree (WebKitGTK's writes "100’088", newer
 * ones "100'088"), and the documents use the ASCII apostrophe. Only a mark between digits changes.
 */
export function swissGrouping(text: string): string {
  return text.replace(/(\d)\u2019(?=\d)/g, "$1'");
}

const bundles: Partial<Record<Locale, FluentBundle>> = {};

function bundle(locale: Locale): FluentBundle {
  const text = sources[locale];
  // A language whose catalogue is still loading speaks English meanwhile (and is not kept so).
  if (text === undefined) return bundle("en");
  let b = bundles[locale];
  if (!b) {
    // No bidi isolation marks: the five languages are left-to-right, and the marks would end up
    // inside aria-labels, titles, native dialogs and copied text.
    b = new FluentBundle(LOCALE_TAGS[locale], { useIsolating: false });
    b.addResource(new FluentResource(text));
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

// The language asked for last: a slower load asked for earlier never wins over it.
let wanted: Locale = "en";

/**
 * Shows `next`: at once when its catalogue is loaded (English always is), else once it is (the
 * screen stays in the language it had meanwhile). A catalogue that cannot load leaves it too.
 */
export function setLocale(next: Locale): Promise<void> {
  wanted = next;
  const show = () => {
    if (wanted !== next) return;
    state.locale = next;
    document.documentElement.lang = next;
  };
  if (sources[next] !== undefined) {
    show();
    return Promise.resolve();
  }
  return loadSource(next).then(show, (e: unknown) => console.error(`cannot load the ${next} catalogue`, e));
}

export type MessageArgs = Record<string, string | number>;

/**
 * The arguments `key` needs: exactly its variables when the key is known at compile time; a key
 * typed only as `MessageKey` (a table of labels) is not checked.
 */
export type ArgsFor<K extends MessageKey> = [MessageKey] extends [K]
  ? [args?: MessageArgs]
  : [MessageVariables[K]] extends [never]
    ? [args?: Record<string, never>]
    : [args: Record<MessageVariables[K], string | number>];

/** Translates `key` into the current locale, filling its `{ $name }` variables from `args`. */
export function t<K extends MessageKey>(key: K, ...args: ArgsFor<K>): string {
  return translate(state.locale, key, ...args);
}

/** Whether the catalogue has `key` (for keys built from data, such as a rule id). */
export function hasMessage(key: string): key is MessageKey {
  return bundle("en").hasMessage(messageId(key));
}

export function translate<K extends MessageKey>(to: Locale, key: K, ...[args = {}]: ArgsFor<K>): string {
  const id = messageId(key);
  const b = bundle(to).hasMessage(id) ? bundle(to) : bundle("en");
  const pattern = b.getMessage(id)?.value;
  if (!pattern) return key;
  // Numbers stay numbers: Fluent picks the plural with them and writes them with Intl
  // ("100'088" in de-CH). A missing variable shows as "{$name}" rather than failing the screen.
  return swissGrouping(b.formatPattern(pattern, args as Record<string, FluentVariable>, []));
}

export type { MessageKey, MessageVariables };
