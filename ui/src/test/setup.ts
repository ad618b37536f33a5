// Every language's catalogue is loaded before the tests run: a test switches languages at once
// (the app loads a catalogue when it is first shown).
import { allSources } from "../lib/i18n/index.svelte";

await allSources();
