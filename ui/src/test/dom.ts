import { tick } from "svelte";

/** Lets a mounted component take its mock replies and render them (effects, promises, timers). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
}
