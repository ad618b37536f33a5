// Every language's catalogue is loaded before the tests run: a test switches languages at once
// (the app loads a catalogue when it is first shown).
import { afterEach } from "vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { allSources } from "../lib/i18n/index.svelte";

await allSources();

// What jsdom lacks and components use: modal dialogs (open and close are enough for what tests
// check) and the observer behind `bind:clientHeight` (jsdom has no layout).
if (typeof HTMLDialogElement !== "undefined") {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// After every test: no mock engine and nothing mounted is left for the next one.
afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});
