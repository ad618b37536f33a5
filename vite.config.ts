import { svelte } from "@sveltejs/vite-plugin-svelte";
import { FluentResource } from "@fluent/bundle";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * `import catalogue from "….ftl?fluent"`: the file parsed here, at build time, by the parser the
 * app would run (the same @fluent/bundle), so the window starts with the entries instead of the
 * text (issue 12: parsing English's 1,300 messages took ~15 ms before the first paint). The
 * entries travel as JSON text, which the page reads several times faster than a literal.
 */
function fluentCatalogues(): Plugin {
  const suffix = "?fluent";
  return {
    name: "comptoir-fluent-catalogues",
    enforce: "pre",
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -suffix.length);
      this.addWatchFile(file);
      const entries = new FluentResource(readFileSync(file, "utf8")).body;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
  };
}

// Tauri expects a fixed port in dev and serves `dist/` in builds (see tauri.conf.json).
export default defineConfig({
  root: "ui",
  plugins: [fluentCatalogues(), svelte({ configFile: fileURLToPath(new URL("./svelte.config.js", import.meta.url)) })],
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
