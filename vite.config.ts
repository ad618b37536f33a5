import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tauri expects a fixed port in dev and serves `dist/` in builds (see tauri.conf.json).
export default defineConfig({
  root: "ui",
  plugins: [svelte({ configFile: fileURLToPath(new URL("./svelte.config.js", import.meta.url)) })],
  // Vitest mounts components in jsdom: Svelte's browser build, not its server one.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    target: "es2022",
  },
  test: {
    root: ".",
    include: ["ui/src/**/*.test.ts"],
    environment: "jsdom",
    setupFiles: ["ui/src/test/setup.ts"],
  },
});
