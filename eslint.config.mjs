// Flat ESLint config: typescript-eslint's recommended rules for the TypeScript sources, tests and
// benches; the CommonJS build scripts (webpack.config.js, scripts/*.js, jest.config.js) as Node code.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The build resolves each makeStyles by evaluating what its style object imports (webpack.config.js):
    // tokens from the react-components barrel cost it seconds per file.
    files: ["src/**/*.{ts,tsx}", "bench/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@fluentui/react-components", importNames: ["tokens"], message: 'Import tokens from "@fluentui/react-theme": the build evaluates a style\'s imports, and this barrel takes seconds per file.' }] },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
);
