#!/usr/bin/env node
/*
 * `npm run workbook` and `npm run check` run prebuilt JavaScript: one esbuild bundle per command in
 * build/cli/ (the command's code and its libraries in one file: no TypeScript compiler and no module
 * lookups at every start, which were most of a run's time). `npm run build` makes them; a run that
 * finds its bundle missing, or older than any source, makes it first (well under a second), so
 * `npm ci && npm run workbook` works in one go and a command never runs stale code.
 *
 *   node scripts/commands.js workbook [arguments]   run a command (build it first when needed)
 *   node scripts/commands.js --build                make every command's bundle
 *
 * KOSTNADSDELNING_COMMANDS_DIR puts the bundles elsewhere (the tests, so as not to touch build/).
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const COMMANDS = { workbook: "src/cli/workbook.ts", check: "src/cli/check.ts" };
/** What a bundle is made from: the code, the libraries' versions, the compiler settings and this script. */
const SOURCES = ["src", "package.json", "package-lock.json", "tsconfig.json", __filename];

function outputDir() {
  return path.resolve(process.env.KOSTNADSDELNING_COMMANDS_DIR || path.join(ROOT, "build", "cli"));
}

function bundlePath(command) {
  return path.join(outputDir(), `${command}.js`);
}

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function newestSource() {
  return Math.max(...SOURCES.map((source) => path.resolve(ROOT, source)).filter((source) => fs.existsSync(source)).map(newestMtime));
}

/** True when the command's bundle exists and no source is newer. */
function isFresh(command) {
  const bundle = bundlePath(command);
  return fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newestSource();
}

/**
 * Bundles the commands with esbuild into a temporary folder beside the output and renames each into
 * place, so that a run never loads a half-written bundle (two first runs at once each build and
 * the last rename wins, with the same content).
 */
function build(commands = Object.keys(COMMANDS)) {
  const esbuild = require("esbuild");
  const out = outputDir();
  fs.mkdirSync(out, { recursive: true });
  const staging = fs.mkdtempSync(path.join(out, ".building-"));
  try {
    esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(commands.map((command) => [command, COMMANDS[command]])),
      outdir: staging,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // Whitespace and syntax only: names stay readable in an error's stack.
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: "none",
      logLevel: "warning",
    });
    for (const command of commands) fs.renameSync(path.join(staging, `${command}.js`), bundlePath(command));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === "--build") {
    build();
    return;
  }
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
    process.stderr.write(`usage: node scripts/commands.js ${Object.keys(COMMANDS).join("|")} [arguments] | --build\n`);
    process.exitCode = 2;
    return;
  }
  if (!isFresh(command)) build();
  void require(bundlePath(command)).fromCommandLine(rest);
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { COMMANDS, bundlePath, build, isFresh, newestSource };
