/*
 * Build of the Excel add-in (shared runtime), in the spirit of Microsoft's
 * Excel-Custom-Functions-Shared template:
 * - functions.js: the custom functions (engine + decimal.js only; no React, no ExcelJS), with
 *   functions.json generated from its JSDoc and functions.sv-SE.json merged from the Swedish table
 *   (the build FAILS when a function or parameter lacks a Swedish name or description);
 * - taskpane.html: the pane AND the shared runtime page, so it loads the functions chunk too;
 * - preview.html: the pane on its own, against a double of Excel (no Office needed);
 * - manifest.xml copied to dist; in production every dev URL https://localhost:3000/ is rewritten to
 *   ADDIN_PUBLIC_URL (default: a documented placeholder) and the result checked offline.
 * `--env functionsOnly` builds just functions.js and its two metadata files (bench, tests).
 * Offline on a fresh machine: nothing is fetched at build time. The dev server (`npm run dev-server`)
 * serves https with the Office dev certificates, which are only asked for when serving.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localize-functions");
const { DEFAULT_PUBLIC_URL, checkManifest, publicBaseUrl, toProductionManifest } = require("./scripts/manifest");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function httpsServer() {
  // Only when serving: office-addin-dev-certs creates and installs (trusts) a local CA on first use,
  // which Office needs. Where that cannot be done (no sudo, a CI container) serve with a throw-away
  // self-signed certificate instead, and say that Office will not trust it.
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs: ${error.message}\nServing with a self-signed certificate Office will not trust; run \`npx office-addin-dev-certs install\` where you sideload.`);
    return "https";
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const productionUrl = dev ? undefined : publicBaseUrl();
  const functionsOnly = Boolean(env.functionsOnly);
  const metadataPlugins = [
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new LocalizedFunctionsMetadataPlugin({
      source: "functions.json",
      output: "functions.sv-SE.json",
      table: path.resolve(__dirname, "src/functions/translations.sv-SE.json"),
      locale: "sv-SE",
    }),
  ];

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: functionsOnly
      ? { functions: "./src/functions/functions.ts" }
      : {
          functions: "./src/functions/functions.ts",
          // The pane's page loads functions.js first (the shared runtime): what the pane shares with
          // the functions (decimal.js, the engine, data, params, i18n) comes from there, loaded once.
          taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
          preview: "./src/preview/index.tsx",
        },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // No module of src/ does anything when imported but define things (the entries aside, which
          // are always kept): a module none of whose exports a page uses is left out of its bundle.
          sideEffects: false,
          use: {
            loader: "ts-loader",
            // ES modules for webpack (tree shaking); types are checked by `npm run lint` (tsc).
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
        {
          // The pane's makeStyles resolved at build time into class names and CSS rules (as Fluent's
          // own components ship): otherwise the first render turns every style object into CSS
          // itself, which `npm run bench` saw cost the pane's first view tens of milliseconds. The
          // loader evaluates what a style object imports: `tokens` comes from @fluentui/react-theme
          // (eslint.config.mjs sees to it), since the react-components barrel took seconds per file.
          // On ts-loader's output ("post"), where the React components are.
          test: /\.tsx?$/,
          include: [path.resolve(__dirname, "src/taskpane"), path.resolve(__dirname, "src/preview"), path.resolve(__dirname, "bench/floor")],
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
      ],
    },
    plugins: functionsOnly
      ? metadataPlugins
      : [
      ...metadataPlugins,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime: the pane page also runs the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev) return content;
              const xml = toProductionManifest(content.toString(), productionUrl);
              const problems = checkManifest(xml, { production: true });
              if (problems.length > 0) throw new Error(`dist/manifest.xml:\n  ${problems.join("\n  ")}`);
              return xml;
            },
          },
        ],
      }),
      {
        // Say so when the production manifest points at the placeholder address.
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("PublicUrlNotice", (compilation) => {
            if (!dev && productionUrl === DEFAULT_PUBLIC_URL) {
              const { WebpackError } = compiler.webpack;
              compilation.warnings.push(
                new WebpackError(`dist/manifest.xml points at the placeholder ${DEFAULT_PUBLIC_URL}; set ADDIN_PUBLIC_URL to where dist/ is served.`),
              );
            }
          });
        },
      },
        ],
    performance: {
      // The functions bundle is the one with a budget (≤ 60 KB gzip, see `npm run bench`); the
      // pane carries React and Fluent UI and is loaded once.
      assetFilter: (file) => file === "functions.js",
      maxAssetSize: 200 * 1024,
      maxEntrypointSize: 200 * 1024,
      hints: "warning",
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: DEV_PORT,
      // Everything is served from memory (the copy plugin brings assets and manifest); never a stale dist/.
      static: false,
      ...(serving ? { server: await httpsServer() } : {}),
    },
  };
};
