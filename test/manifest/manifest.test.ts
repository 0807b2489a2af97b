import fs from "fs";
import path from "path";
import {
  DEFAULT_PUBLIC_URL,
  DEV_BASE_URL,
  checkBuild,
  checkManifest,
  listFiles,
  manifestBaseUrl,
  publicBaseUrl,
  toProductionManifest,
} from "../../scripts/manifest";
import { ROOT, productionBuild } from "./build";

/*
 * The offline manifest check: the real manifest passes, the production build passes, and each
 * deliberate mistake in a copy of the manifest is caught with a message that says what is wrong.
 */

const DEV_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PROD_BASE = "https://addin.test.example/kostnadsdelning/";
const PROD_XML = toProductionManifest(DEV_XML, PROD_BASE);

/** The files the build produces, as the dev manifest may name them. */
const PRODUCED = [
  "functions.js",
  "functions.json",
  "functions.sv-SE.json",
  "taskpane.html",
  "preview.html",
  "manifest.xml",
  ...["16", "32", "64", "80", "128"].map((size) => `assets/icon-${size}.png`),
];

/** Replaces exactly one occurrence (the mutation must hit the manifest, or the test is void). */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, "g")) ?? []).length;
  expect(count).toBeGreaterThanOrEqual(1);
  const result = xml.replace(from, to);
  expect(result).not.toBe(xml);
  return result;
}

function expectProblem(problems: string[], pattern: RegExp): void {
  expect(problems.some((problem) => pattern.test(problem))).toBe(true);
}

describe("manifest.xml as committed", () => {
  it("has no problems, and every URL names a file the build produces", () => {
    expect(checkManifest(DEV_XML, { producedFiles: PRODUCED, baseUrl: DEV_BASE_URL })).toEqual([]);
  });
  it("uses one URL resource for the runtime, the functions page, the function file and the pane", () => {
    const resids = [...DEV_XML.matchAll(/<(Runtime|FunctionFile) resid="([^"]+)"/g)].map((m) => m[2]);
    expect(new Set(resids)).toEqual(new Set(["Taskpane.Url"]));
  });
  it("points Swedish Office at the Swedish functions metadata", () => {
    expect(DEV_XML).toMatch(/<bt:Override Locale="sv-SE" Value="https:\/\/localhost:3000\/functions\.sv-SE\.json"/);
  });
  it("ships the icons it names, as real PNGs of the stated size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});

describe("the production rewrite", () => {
  it("rewrites every dev URL, not only the first", () => {
    const occurrences = DEV_XML.split(DEV_BASE_URL).length - 1;
    expect(occurrences).toBeGreaterThan(5);
    expect(PROD_XML).not.toContain("localhost");
    expect(PROD_XML.split(PROD_BASE).length - 1).toBe(occurrences);
    expect(checkManifest(PROD_XML, { production: true, producedFiles: PRODUCED, baseUrl: PROD_BASE })).toEqual([]);
  });
  it("takes ADDIN_PUBLIC_URL, adds the final slash, and refuses what Office cannot load", () => {
    expect(publicBaseUrl("https://example.se/addin")).toBe("https://example.se/addin/");
    expect(publicBaseUrl("")).toBe(DEFAULT_PUBLIC_URL);
    expect(publicBaseUrl(undefined)).toBe(DEFAULT_PUBLIC_URL);
    expect(() => publicBaseUrl("http://example.se/")).toThrow(/https/);
    expect(() => publicBaseUrl("https://localhost:3000/")).toThrow(/local/);
    expect(() => publicBaseUrl("not a url")).toThrow(/not a URL/);
  });
  it("finds the base URL of a production manifest", () => {
    expect(manifestBaseUrl(PROD_XML)).toBe(PROD_BASE);
  });
});

describe("the check catches deliberate mistakes", () => {
  const check = (xml: string, production = false) =>
    checkManifest(xml, { production, producedFiles: PRODUCED, baseUrl: production ? PROD_BASE : DEV_BASE_URL });

  it("a resid used but not defined", () => {
    expectProblem(check(mutate(DEV_XML, '<Label resid="Group.Label" />', '<Label resid="Group.Labl" />')), /resid "Group\.Labl" is not defined/);
  });
  it("a resid pointing into the wrong resource list", () => {
    expectProblem(check(mutate(DEV_XML, '<Label resid="Group.Label" />', '<Label resid="Taskpane.Url" />')), /Urls resource, ShortStrings expected/);
  });
  it("a resource defined twice, and a resid longer than 32 characters", () => {
    const twice = mutate(DEV_XML, '<bt:String id="Group.Label"', '<bt:String id="TaskpaneButton.Label"');
    expectProblem(check(twice), /"TaskpaneButton\.Label" is defined twice/);
    const long = DEV_XML.split("Functions.Metadata.Url").join("Functions.Metadata.Url.For.Every.Locale");
    expectProblem(check(long), /at most 32 allowed/);
  });
  it("the shared-runtime inconsistency: the function file on another URL resource", () => {
    const xml = mutate(
      mutate(DEV_XML, '<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />'),
      "</bt:Urls>",
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/taskpane.html" /></bt:Urls>',
    );
    expectProblem(check(xml), /FunctionFile: resid "Commands\.Url" differs from the shared runtime's "Taskpane\.Url"/);
  });
  it("the shared-runtime inconsistency: the custom functions page on another URL resource", () => {
    const xml = mutate(
      mutate(DEV_XML, /<Page>\s*<SourceLocation resid="Taskpane\.Url" \/>/, '<Page><SourceLocation resid="Functions.Page.Url" />'),
      "</bt:Urls>",
      '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html" /></bt:Urls>',
    );
    const problems = check(xml);
    expectProblem(problems, /Page\/SourceLocation: resid "Functions\.Page\.Url" differs/);
    expectProblem(problems, /functions\.html", which the build does not produce/);
  });
  it("a short-lived runtime and missing requirement sets", () => {
    expectProblem(check(mutate(DEV_XML, 'lifetime="long"', 'lifetime="short"')), /lifetime must be "long"/);
    expectProblem(check(mutate(DEV_XML, /<Set Name="SharedRuntime" MinVersion="1\.1" \/>/, "")), /SharedRuntime set/);
    expectProblem(check(mutate(DEV_XML, /<Set Name="CustomFunctionsRuntime" MinVersion="1\.3" \/>/, "")), /CustomFunctionsRuntime set/);
  });
  it("OfficeApp children out of the schema's order", () => {
    const xml = mutate(
      DEV_XML,
      /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>ReadWriteDocument<\/Permissions>)/,
      "$3$2$1",
    );
    expectProblem(check(xml), /<DefaultSettings> is out of order/);
    const icon = mutate(DEV_XML, /(<HighResolutionIconUrl [^>]*\/>)(\s*)(<Hosts>[\s\S]*?<\/Hosts>)/, "$3$2$1");
    expectProblem(check(icon), /<HighResolutionIconUrl> is out of order/);
  });
  it("custom functions elements out of order", () => {
    const xml = mutate(DEV_XML, /(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1");
    expectProblem(check(xml), /ExtensionPoint\[CustomFunctions\]: <Script> is out of order/);
  });
  it("resources out of order, and Runtimes after AllFormFactors", () => {
    const resources = mutate(DEV_XML, /(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1");
    expectProblem(check(resources), /Resources: <Images> is out of order/);
    const runtimes = mutate(DEV_XML, /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$3$2$1");
    expectProblem(check(runtimes), /Host\[Workbook\]: <Runtimes> is out of order/);
  });
  it("a missing required element and an unexpected one", () => {
    expectProblem(check(mutate(DEV_XML, /<ProviderName>[^<]*<\/ProviderName>/, "")), /required child <ProviderName> is missing/);
    expectProblem(check(mutate(DEV_XML, "<Permissions>", "<Permission>x</Permission><Permissions>")), /unexpected child <Permission>/);
  });
  it("a mail-style VersionOverrides 1.1", () => {
    expectProblem(check(mutate(DEV_XML, 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"')), /VersionOverridesV1_0/);
  });
  it("a dev URL left in the production manifest (the template's replace-the-first-only bug)", () => {
    const firstOnly = DEV_XML.replace(DEV_BASE_URL, PROD_BASE);
    const problems = check(firstOnly, true);
    expectProblem(problems, /dev URL left in the production manifest: https:\/\/localhost:3000\//);
    expect(problems.length).toBeGreaterThan(5);
  });
  it("a plain http URL in production", () => {
    expectProblem(check(mutate(PROD_XML, `${PROD_BASE}assets/icon-16.png`, "http://cdn.example/icon-16.png"), true), /is not https/);
  });
  it("a locale override pointing at a file the build does not produce", () => {
    const xml = mutate(DEV_XML, 'Value="https://localhost:3000/functions.sv-SE.json"', 'Value="https://localhost:3000/functions.sv.json"');
    expectProblem(check(xml), /Override.*functions\.sv\.json", which the build does not produce/);
  });
  it("an override of the default locale itself, and a malformed locale", () => {
    expectProblem(check(mutate(DEV_XML, '<Override Locale="sv-SE"', '<Override Locale="en-US"')), /overrides the default locale en-US/);
    expectProblem(check(mutate(DEV_XML, '<Override Locale="sv-SE"', '<Override Locale="swedish"')), /not a culture name/);
  });
  it("a string longer than the validator allows, and a localized namespace", () => {
    const long = "x".repeat(126);
    expectProblem(check(mutate(DEV_XML, 'DefaultValue="Cost sharing"', `DefaultValue="${long}"`)), /ShortStrings "Group\.Label" is 126 characters/);
    const localizedNamespace = mutate(
      DEV_XML,
      '<bt:String id="Functions.Namespace" DefaultValue="SVV" />',
      '<bt:String id="Functions.Namespace" DefaultValue="SVV"><bt:Override Locale="sv-SE" Value="SVV" /></bt:String>',
    );
    expectProblem(check(localizedNamespace), /namespace "SVV" must be .* not localized/);
  });
  it("XML that is not well-formed", () => {
    expectProblem(check(DEV_XML.replace("</Permissions>", "</Permission>")), /not well-formed XML/);
  });
});

describe("the production build", () => {
  it("produces a manifest and metadata files that pass every check", () => {
    const dist = productionBuild();
    expect(checkBuild(ROOT, dist)).toEqual([]);
    const files = listFiles(dist);
    for (const file of ["functions.js", "functions.json", "functions.sv-SE.json", "taskpane.html", "preview.html", "manifest.xml", "assets/icon-80.png"]) {
      expect(files).toContain(file);
    }
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    // The shared runtime page loads the custom functions too, before the pane (HTML may be minified).
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts.filter((src) => !/^https:/.test(src))).toEqual(["functions.js", "taskpane.js"]);
    expect(scripts[0]).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\/.*office\.js$/);
  }, 300000);
});
