/*
 * The add-in manifest, offline: the production rewrite of dev URLs, and a check that catches the
 * mistakes the official validator (`npm run validate`, online only) or Excel would refuse, or
 * worse, accept and then silently not load. Used by webpack.config.js, by the jest tests in
 * test/manifest/ and from the command line: `node scripts/manifest.js [dist]`.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const DEV_BASE_URL = "https://localhost:3000/";
/** Placeholder production address; set ADDIN_PUBLIC_URL to where dist/ is served. */
const DEFAULT_PUBLIC_URL = "https://kostnadsdelning.example.org/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/**
 * The production base URL: ADDIN_PUBLIC_URL (https, ending in "/"), or the placeholder.
 * @throws Error when the value is not an https URL
 */
function publicBaseUrl(value = process.env.ADDIN_PUBLIC_URL) {
  const text = value && value.trim() !== "" ? value.trim() : DEFAULT_PUBLIC_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL "${text}" is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL "${text}" must use https (Office loads add-ins over https only)`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error(`ADDIN_PUBLIC_URL "${text}" is a local address`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites EVERY occurrence of the dev base URL (not only the first) to the production one. */
function toProductionManifest(xml, productionBaseUrl, devBaseUrl = DEV_BASE_URL) {
  return xml.split(devBaseUrl).join(productionBaseUrl);
}

// Child order as the schemas require (TaskPaneApp, TaskPaneAppVersionOverrides V1_0). Only the
// elements this add-in can use are listed; anything else is reported as unexpected.
const ORDER = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "Dictionary", "VersionOverrides", "ExtendedOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Button: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  ShowTaskpane: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

const REQUIRED = {
  OfficeApp: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  ShowTaskpane: ["SourceLocation"],
};

/** Which resource list a resid must point into, by the referring element. */
function expectedResourceKind(element) {
  const parent = element.parentNode && element.parentNode.localName;
  switch (element.localName) {
    case "Image":
      return "Images";
    case "Runtime":
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Namespace":
      return "ShortStrings";
    case "Title":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? "LongStrings" : undefined;
    default:
      return undefined;
  }
}

const LIMITS = { ShortStrings: 125, LongStrings: 250, DisplayName: 125, Description: 250, resid: 32 };

const elementChildren = (node) => Array.from(node.childNodes).filter((child) => child.nodeType === 1);
const xsiType = (element) => element.getAttributeNS(NS.xsi, "type") || element.getAttribute("xsi:type") || "";

function* allElements(node) {
  for (const child of elementChildren(node)) {
    yield child;
    yield* allElements(child);
  }
}

function pathOf(element) {
  const parts = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentNode) {
    const type = xsiType(node);
    const id = node.getAttribute("id");
    parts.unshift(`${node.localName}${type ? `[${type}]` : ""}${id ? `#${id}` : ""}`);
  }
  return parts.join("/");
}

/** Reports children out of the schema's order, unexpected children, and missing required ones. */
function checkOrder(element, key, problems) {
  const order = ORDER[key];
  let last = -1;
  for (const child of elementChildren(element)) {
    const position = order.indexOf(child.localName);
    if (position < 0) {
      problems.push(`${pathOf(element)}: unexpected child <${child.localName}>`);
      continue;
    }
    if (position < last) {
      problems.push(`${pathOf(element)}: <${child.localName}> is out of order (the schema wants ${order.join(", ")})`);
    }
    last = Math.max(last, position);
  }
  for (const required of REQUIRED[key] || []) {
    if (!elementChildren(element).some((child) => child.localName === required)) {
      problems.push(`${pathOf(element)}: required child <${required}> is missing`);
    }
  }
}

/**
 * Checks a manifest. Options:
 *  - production: no dev URL (localhost) may remain, and every URL must be https;
 *  - producedFiles: the files the build produces (paths relative to dist/, "/" separators); every
 *    URL under baseUrl must name one of them (locale overrides included);
 *  - baseUrl: the base the produced files are served from (default: the dev base).
 * @returns {string[]} problems, empty when the manifest is fine
 */
function checkManifest(xml, options = {}) {
  const problems = [];
  const parseErrors = [];
  let document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(String(message).split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (mismatched tags) after reporting them.
    if (parseErrors.length === 0) parseErrors.push(String(error && error.message).split("\n")[0]);
  }
  if (parseErrors.length > 0 || !document || !document.documentElement) {
    return [`not well-formed XML: ${parseErrors.join("; ") || "no root element"}`];
  }
  const root = document.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    return [`root element must be OfficeApp in ${NS.app}, found ${root.localName} in ${root.namespaceURI}`];
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push(`OfficeApp xsi:type must be TaskPaneApp, found "${xsiType(root)}"`);
  checkOrder(root, "OfficeApp", problems);

  const elements = Array.from(allElements(root));
  const byName = (name) => elements.filter((element) => element.localName === name);

  // Lengths the validator enforces.
  for (const name of ["DisplayName", "Description"]) {
    const element = elementChildren(root).find((child) => child.localName === name);
    if (!element) continue;
    const values = [element.getAttribute("DefaultValue"), ...elementChildren(element).map((o) => o.getAttribute("Value"))];
    for (const value of values) {
      if (value.length > LIMITS[name]) problems.push(`${name} is ${value.length} characters, at most ${LIMITS[name]} allowed: "${value.slice(0, 40)}…"`);
    }
  }

  // Locale overrides: a well-formed culture name, and not the default locale again.
  const defaultLocaleElement = elementChildren(root).find((child) => child.localName === "DefaultLocale");
  const defaultLocale = defaultLocaleElement ? defaultLocaleElement.textContent.trim() : "";
  if (!/^[a-z]{2,3}-[A-Za-z]{2,4}$/.test(defaultLocale)) problems.push(`DefaultLocale "${defaultLocale}" is not a culture name such as en-US`);
  for (const override of byName("Override")) {
    const locale = override.getAttribute("Locale");
    if (!locale) continue;
    if (!/^[a-z]{2,3}-[A-Za-z]{2,4}$/.test(locale)) problems.push(`${pathOf(override)}: Locale "${locale}" is not a culture name such as sv-SE`);
    if (locale.toLowerCase() === defaultLocale.toLowerCase()) problems.push(`${pathOf(override)}: overrides the default locale ${locale} itself`);
  }

  // VersionOverrides and its key elements.
  const versionOverrides = elementChildren(root).find((child) => child.localName === "VersionOverrides");
  if (!versionOverrides) {
    problems.push("VersionOverrides is missing: no ribbon button, no custom functions, no shared runtime");
    return problems;
  }
  if (versionOverrides.namespaceURI !== NS.ov) problems.push(`VersionOverrides must be in ${NS.ov}`);
  if (xsiType(versionOverrides) !== "VersionOverridesV1_0") {
    problems.push(`VersionOverrides xsi:type must be VersionOverridesV1_0 for a task pane add-in, found "${xsiType(versionOverrides)}"`);
  }
  checkOrder(versionOverrides, "VersionOverrides", problems);
  for (const element of elements) {
    const type = xsiType(element);
    if (element.localName === "Host" && element.parentNode.localName === "Hosts" && element.parentNode.parentNode === versionOverrides) {
      checkOrder(element, "Host", problems);
    } else if (element.localName === "ExtensionPoint" && type === "CustomFunctions") checkOrder(element, "CustomFunctions", problems);
    else if (element.localName === "Control" && type === "Button") checkOrder(element, "Button", problems);
    else if (element.localName === "Action" && type === "ShowTaskpane") checkOrder(element, "ShowTaskpane", problems);
    else if (["DesktopFormFactor", "GetStarted", "Group", "Supertip", "Resources"].includes(element.localName)) {
      checkOrder(element, element.localName, problems);
    }
  }

  // Resources: defined once, ids ≤ 32 characters, strings within their limits.
  const resources = new Map();
  const resourcesElement = elementChildren(versionOverrides).find((child) => child.localName === "Resources");
  if (resourcesElement) {
    for (const list of elementChildren(resourcesElement)) {
      for (const resource of elementChildren(list)) {
        const id = resource.getAttribute("id");
        if (!id) {
          problems.push(`${pathOf(resource)}: resource without id`);
          continue;
        }
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        if (id.length > LIMITS.resid) problems.push(`resource id "${id}" is ${id.length} characters, at most 32 allowed`);
        resources.set(id, { kind: list.localName, element: resource });
        const limit = LIMITS[list.localName];
        if (limit) {
          const values = [resource.getAttribute("DefaultValue"), ...elementChildren(resource).map((o) => o.getAttribute("Value"))];
          for (const value of values) {
            if (value.length > limit) problems.push(`${list.localName} "${id}" is ${value.length} characters, at most ${limit} allowed`);
          }
        }
      }
    }
  }

  // Every resid used is defined, in the right list.
  for (const element of elements) {
    const resid = element.getAttribute("resid");
    if (!element.hasAttribute("resid")) continue;
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(`${pathOf(element)}: resid "${resid}" is not defined in Resources`);
      continue;
    }
    const kind = expectedResourceKind(element);
    if (kind && resource.kind !== kind) problems.push(`${pathOf(element)}: resid "${resid}" is a ${resource.kind} resource, ${kind} expected`);
  }

  // Shared runtime: one URL resource for the runtime, the functions page, the function file and
  // every task pane, or Office starts separate runtimes and the functions cannot share state.
  const runtimes = byName("Runtime");
  const sets = byName("Set").map((set) => set.getAttribute("Name"));
  if (runtimes.length === 0) problems.push("no <Runtime>: the shared runtime is not declared");
  if (!sets.includes("SharedRuntime")) problems.push("Requirements do not name the SharedRuntime set");
  if (!sets.includes("CustomFunctionsRuntime")) problems.push("Requirements do not name the CustomFunctionsRuntime set");
  const sharedResid = runtimes[0] ? runtimes[0].getAttribute("resid") : undefined;
  for (const runtime of runtimes) {
    if (runtime.getAttribute("lifetime") !== "long") problems.push(`${pathOf(runtime)}: lifetime must be "long" for a shared runtime`);
  }
  const mustShare = [
    ...byName("Page").flatMap((page) => elementChildren(page).filter((c) => c.localName === "SourceLocation")),
    ...byName("FunctionFile"),
    ...byName("Action").filter((a) => xsiType(a) === "ShowTaskpane").flatMap((a) => elementChildren(a).filter((c) => c.localName === "SourceLocation")),
  ];
  if (sharedResid) {
    for (const element of mustShare) {
      const resid = element.getAttribute("resid");
      if (resid !== sharedResid) {
        problems.push(`${pathOf(element)}: resid "${resid}" differs from the shared runtime's "${sharedResid}" (the shared runtime would silently not load)`);
      }
    }
    const defaultSource = byName("SourceLocation").find((s) => s.parentNode.localName === "DefaultSettings");
    const sharedUrl = resources.get(sharedResid);
    if (defaultSource && sharedUrl && defaultSource.getAttribute("DefaultValue") !== sharedUrl.element.getAttribute("DefaultValue")) {
      problems.push(`DefaultSettings/SourceLocation is not the shared runtime page ${sharedUrl.element.getAttribute("DefaultValue")}`);
    }
  }
  const namespace = byName("Namespace")[0];
  if (namespace) {
    const value = resources.get(namespace.getAttribute("resid"));
    const text = value ? value.element.getAttribute("DefaultValue") : "";
    if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(text) || (value && elementChildren(value.element).length > 0)) {
      problems.push(`custom functions namespace "${text}" must be letters/digits (≤ 32) and not localized`);
    }
  }

  // URLs: every attribute value that is a URL.
  const urls = [];
  for (const element of elements) {
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(name);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push({ value, where: pathOf(element) });
    }
    if (element.localName === "AppDomain") urls.push({ value: element.textContent.trim(), where: pathOf(element) });
  }
  if (options.production) {
    for (const { value, where } of urls) {
      if (/localhost|127\.0\.0\.1|\[::1\]/i.test(value) || value.startsWith(DEV_BASE_URL)) problems.push(`${where}: dev URL left in the production manifest: ${value}`);
      else if (!value.startsWith("https://")) problems.push(`${where}: ${value} is not https`);
    }
  }
  if (options.producedFiles) {
    const base = options.baseUrl || DEV_BASE_URL;
    const produced = new Set(options.producedFiles.map((file) => file.split(path.sep).join("/")));
    for (const { value, where } of urls) {
      if (!value.startsWith(base)) continue;
      const file = decodeURIComponent(value.slice(base.length).split(/[?#]/)[0]);
      if (!produced.has(file)) problems.push(`${where}: ${value} points at "${file}", which the build does not produce`);
    }
  }
  return problems;
}

/** Every file under a directory, relative to it, with "/" separators. */
function listFiles(directory) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(directory, full).split(path.sep).join("/"));
    }
  };
  walk(directory);
  return files;
}

/** The production manifest's base URL: where its functions script is served from. */
function manifestBaseUrl(xml) {
  const match = /DefaultValue="([^"]*?)functions\.js"/.exec(xml);
  return match ? match[1] : undefined;
}

/** Checks manifest.xml, dist/manifest.xml and the two metadata files in dist; returns problems. */
function checkBuild(root = path.join(__dirname, ".."), dist = path.join(root, "dist")) {
  const { compareMetadata } = require("./localize-functions");
  const prodPath = path.join(dist, "manifest.xml");
  if (!fs.existsSync(prodPath)) return [`${prodPath} is missing: run \`npm run build\` first`];
  const problems = [];
  const devXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const produced = listFiles(dist);
  problems.push(...checkManifest(devXml, { producedFiles: produced, baseUrl: DEV_BASE_URL }).map((p) => `manifest.xml: ${p}`));
  const prodXml = fs.readFileSync(prodPath, "utf8");
  problems.push(
    ...checkManifest(prodXml, { production: true, producedFiles: produced, baseUrl: manifestBaseUrl(prodXml) }).map((p) => `dist/manifest.xml: ${p}`),
  );
  const generated = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  for (const file of produced.filter((f) => /^functions\.[a-z]{2}-[A-Z]{2}\.json$/.test(f))) {
    const localized = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
    problems.push(...compareMetadata(generated, localized, file));
  }
  return problems;
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const problems = checkBuild(path.join(__dirname, ".."), dist);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
  console.log("manifest.xml and dist/manifest.xml: no problems found (offline check)");
}

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PUBLIC_URL,
  publicBaseUrl,
  toProductionManifest,
  checkManifest,
  checkBuild,
  listFiles,
  manifestBaseUrl,
};
