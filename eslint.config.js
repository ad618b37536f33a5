import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // A feature never reaches into another feature's internals: shared code lives in ui/src/lib.
    files: ["ui/src/features/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!(\\.\\./)+lib/)|/features/",
              message: "Import shared code from ui/src/lib, not from another feature.",
            },
          ],
        },
      ],
    },
  },
  { ignores: ["dist/**", "target/**", "node_modules/**", "ui/src/lib/bindings.ts"] },
);
