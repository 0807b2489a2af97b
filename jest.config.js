/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    // office-addin-manifest's package entry pulls an ES-only module jest cannot require (ENVIRONMENT.md)
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
  // The production build, made once per run when a suite of the run looks at it (test/helpers/globalSetup.ts).
  globalSetup: "<rootDir>/test/helpers/globalSetup.ts",
  globalTeardown: "<rootDir>/test/helpers/globalTeardown.ts",
};
