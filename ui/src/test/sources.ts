// The five catalogues as text, for the tests that read them as files; and every one loaded into
// the UI (a test switches languages at once, the app loads a catalogue when it is first shown).
import { LOCALES, loadCatalogue, type Locale } from "../lib/i18n/index.svelte";
import en from "../../../locales/en/ui.ftl?raw";
import es from "../../../locales/es/ui.ftl?raw";
import fr from "../../../locales/fr/ui.ftl?raw";
import de from "../../../locales/de/ui.ftl?raw";
import it from "../../../locales/it/ui.ftl?raw";

export const SOURCES: Record<Locale, string> = { en, es, fr, de, it };

/** Loads every language's catalogue into the UI. */
export async function loadAll(): Promise<void> {
  await Promise.all(LOCALES.map(loadCatalogue));
}
