import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { describeWithTool } from "../helpers/system";
import { GOOD_TABLE_NAME } from "../../src/preview/seed";
import { ROOT, productionBuild, launchChromium, seriousAxeViolations, serveDirectory, type Browser, type StaticServer } from "./harness";
import type { ExcelDouble } from "../../src/excel-double";
import { TABLE_NAMES, buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import { MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "../../src/data";

/*
 * The pane's production build in real Chromium: the preview page mounts the same React tree as the
 * add-in over the Excel double, and these tests drive it like a user (roles and labels, keyboard) and
 * look at what the double received.
 */

declare global {
  interface Window {
    __excelDouble?: ExcelDouble;
  }
}

const RESULTS = path.join(ROOT, "test-results");

describeWithTool("chromium", "task pane preview page", (executablePath) => {
  let server: StaticServer;
  let browser: Browser;
  let dist: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dist = productionBuild();
    server = await serveDirectory(dist);
    browser = await launchChromium(executablePath);
    fs.mkdirSync(RESULTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(lang?: "en" | "sv", width = 500): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    // Every request of every preview page, from its first byte: the last tests look at them all.
    page.on("request", (request) => {
      requests.push(request.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.origin}/preview.html${lang ? `?lang=${lang}` : ""}`);
    await page.getByTestId("fill").waitFor();
    (page as unknown as { pageErrors: string[] }).pageErrors = errors;
    return page;
  }

  const pageErrors = (page: Page): string[] => (page as unknown as { pageErrors: string[] }).pageErrors;

  async function fillAndWait(page: Page): Promise<void> {
    await page.getByTestId("fill").click();
    await page.getByTestId("fill-done").waitFor();
  }

  it("fills the workbook with the embedded 2018 data: sheets, live formulas, formats, tables", async () => {
    const page = await open();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Kostnadsdelning");
    // The summary is shown before anything is written.
    const summary = await page.getByTestId("summary").innerText();
    expect(summary).toMatch(/Kostnad per invånare och år/);
    expect(summary).toMatch(/Största enhet/);
    await fillAndWait(page);

    const received = await page.evaluate(() => {
      const double = window.__excelDouble!;
      const snapshot = double.snapshot();
      const cells = snapshot.sheets.flatMap((sheet) => Object.entries(sheet.cells).map(([address, cell]) => ({ sheet: sheet.name, address, ...cell })));
      return {
        sheets: double.sheetNames(),
        tables: double.tableNames(),
        names: double.nameList().map((name) => name.name),
        formulas: cells.filter((cell) => typeof cell.formula === "string").map((cell) => ({ sheet: cell.sheet, address: cell.address, formula: cell.formula })),
        formats: [...new Set(cells.map((cell) => cell.numberFormat).filter((format) => format && format !== "General"))],
        syncs: double.syncCount,
        active: double.activeSheet(),
      };
    });
    expect(received.sheets).toEqual(expect.arrayContaining(["Parametrar", "Kommuner", "Stadsdelar", "Support", "Avtal 2026–2030", "Källor och metod"]));
    expect(received.tables).toEqual(expect.arrayContaining([TABLE_NAMES.municipalities, TABLE_NAMES.districts, TABLE_NAMES.support]));
    expect(received.names.length).toBeGreaterThan(0);
    // Every computed cell is a plain formula over the parameter cells: no SVV function in the tables.
    expect(received.formulas.length).toBeGreaterThan(100);
    expect(received.formulas.every((cell) => !/SVV\./i.test(String(cell.formula)))).toBe(true);
    const namesUsed = received.formulas.filter((cell) => received.names.some((name) => String(cell.formula).includes(name)));
    expect(namesUsed.length).toBeGreaterThan(10);
    expect(received.formats.some((format) => /kr/.test(String(format)))).toBe(true);
    expect(received.formats.some((format) => /%/.test(String(format)))).toBe(true);

    // What was created is listed, and each sheet can be shown.
    const done = page.getByTestId("fill-done");
    await expect(done.innerText()).resolves.toMatch(/Kommuner/);
    await done.getByRole("button", { name: "Gå till Stadsdelar" }).click();
    await page.waitForFunction(() => window.__excelDouble!.activeSheet() === "Stadsdelar");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("imports a range with three bad rows and names each cell at fault; nothing can be filled", async () => {
    const page = await open();
    await page.getByTestId("seed-range").click();
    await page.getByRole("radio", { name: "Markerat område i arbetsboken" }).check();
    await page.getByRole("button", { name: "Läs markerat område" }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    await expect(errors.innerText()).resolves.toMatch(/3 fel att rätta/);
    const cells = await errors.locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-cell")));
    expect(cells).toEqual(["Data!C4", "Data!B6", "Data!C7"]);
    const messages = await errors.locator("li").allInnerTexts();
    expect(messages[0]).toMatch(/Rad 4.*Data!C4.*”många” är inte ett tal/);
    expect(messages[1]).toMatch(/Rad 6.*Data!B6.*”stad”/);
    expect(messages[2]).toMatch(/Rad 7.*Data!C7.*saknas/);
    // The preview lists every row read, the wrong ones marked.
    const rows = page.getByTestId("import-preview").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(7);
    await expect(page.getByTestId("import-preview").locator('tbody tr[data-valid="false"]').count()).resolves.toBe(3);
    await expect(page.getByTestId("fill").isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(RESULTS, "pane-import-errors-500.png"), fullPage: true });
    await page.close();
  });

  it("fills from an Excel table in the workbook", async () => {
    const page = await open();
    await page.getByTestId("seed-table").click();
    await page.getByRole("radio", { name: "En tabell i arbetsboken" }).check();
    await page.getByRole("button", { name: "Uppdatera listan" }).click();
    await page.getByRole("combobox", { name: "Tabell" }).selectOption("Befolkning");
    await page.getByRole("button", { name: "Läs tabellen" }).click();
    await expect(page.getByTestId("import-preview").innerText()).resolves.toMatch(/Läst från Befolkning!A1:C4\b/);
    await expect(page.getByTestId("import-preview").locator("tbody tr").count()).resolves.toBe(3);
    // Three municipalities are not the county: the pane says so and fills only with the date and a yes.
    await page.getByTestId("partial-county").waitFor();
    await page.getByTestId("param-referenceDate").fill("2024-12-31");
    await page.getByTestId("confirm-partial").click();
    await fillAndWait(page);
    const tables = await page.evaluate(() => window.__excelDouble!.tableNames());
    expect(tables).toEqual(expect.arrayContaining([GOOD_TABLE_NAME, TABLE_NAMES.municipalities]));
    // The municipalities table holds the three read, and no Stockholm or districts.
    const names = await page.evaluate((table) => {
      const double = window.__excelDouble!;
      const found = double.table(table)!;
      return double.values(found.sheet, found.range.replace(/^.*!/, "")).map((row) => row[0]);
    }, TABLE_NAMES.municipalities);
    expect(names).toEqual(expect.arrayContaining(["Botkyrka", "Danderyd", "Ekerö"]));
    expect(names).not.toContain("Stockholm");
    expect(tables).not.toContain(TABLE_NAMES.districts);
    await page.close();
  });

  it("asks every time when the sheets exist: cancel leaves the workbook as it was, keep both adds new names, replace replaces", async () => {
    const page = await open();
    await page.getByTestId("seed-existing").click();
    await page.waitForFunction(() => window.__excelDouble!.sheetNames().includes("Kommuner"));
    const before = await page.evaluate(() => JSON.stringify(window.__excelDouble!.snapshot()));

    await page.getByTestId("fill").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/Parametrar[\s\S]*Kommuner/);
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await page.getByText("Inget fylldes i.").waitFor();
    await expect(page.evaluate(() => JSON.stringify(window.__excelDouble!.snapshot()))).resolves.toBe(before);

    await page.getByTestId("fill").click();
    await dialog.waitFor();
    // The safe choice has the focus; Enter keeps both.
    await page.keyboard.press("Enter");
    await page.getByTestId("fill-done").waitFor();
    // The focus is on the fill's result, where the user reads what happened next (issue 17), not lost on the page.
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "fill-done");
    const keptBoth = await page.evaluate(() => window.__excelDouble!.sheetNames());
    expect(keptBoth).toEqual(expect.arrayContaining(["Parametrar", "Kommuner", "Parametrar (2)", "Kommuner (2)"]));
    await expect(page.getByTestId("fill-done").innerText()).resolves.toMatch(/Kommuner \(2\)/);
    // The user's own cell in the old sheet is untouched.
    await expect(page.evaluate(() => window.__excelDouble!.cell("Kommuner", "A1")?.value)).resolves.toBe("Användarens data");

    await page.getByTestId("fill").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ersätt" }).click();
    await page.getByTestId("fill-done").waitFor();
    const replaced = await page.evaluate(() => window.__excelDouble!.sheetNames());
    expect(replaced.filter((name) => name === "Kommuner")).toHaveLength(1);
    await expect(page.evaluate(() => window.__excelDouble!.cell("Kommuner", "A1")?.value)).resolves.not.toBe("Användarens data");
    await page.close();
  });

  it("replace keeps what was typed: the dialog says how many values go over, and they are in the new sheets", async () => {
    const page = await open();
    await fillAndWait(page);
    // The plan the pane fills with its defaults, to know where its input cells are.
    const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
    const cellOf = (key: string, unit: string) => plan.sheets.find((sheet) => sheet.key === key)!.inputs!.find((input) => input.unit.name === unit)!.cell;
    const typed = [
      { sheet: "Support", cell: cellOf("support", "Botkyrka"), value: 120 },
      { sheet: "Kommuner", cell: cellOf("municipalities", "Ekerö"), value: 17500 },
      { sheet: "Stadsdelar", cell: cellOf("districts", "Bromma"), value: 47300 },
    ];
    // What the economist types into Excel, typed into the double the preview runs on.
    await page.evaluate((cells) => {
      const double = window.__excelDouble!;
      for (const { sheet, cell, value } of cells) double.setCell(sheet, cell, value);
      double.resetCounters();
    }, typed);

    await page.getByTestId("fill").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.getByTestId("existing-carried").innerText()).resolves.toBe(
      "Ersätt för över 3 inskrivna värden (användare, tidigare kostnader) till samma kommun eller stadsdel i de nya bladen.",
    );
    await expect(dialog.getByTestId("existing-lost").count()).resolves.toBe(0);
    await dialog.getByRole("button", { name: "Ersätt" }).click();
    await page.getByTestId("fill-done").waitFor();

    const after = await page.evaluate((cells) => {
      const double = window.__excelDouble!;
      return { values: cells.map(({ sheet, cell }) => double.cell(sheet, cell)?.value), sheets: double.sheetNames(), syncs: double.syncCount };
    }, typed);
    expect(after.values).toEqual(typed.map((t) => t.value));
    expect(after.sheets.filter((name) => name === "Support")).toHaveLength(1);
    // one look for the sheets, one to read what was typed before the question (asked outside
    // Excel.run), the writer's two syncs after it, and one for the chart
    expect(after.syncs).toBe(5);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("with ChartCollection.add refused the fill still succeeds and says so; a value typed on Support while the question is open survives Ersätt", async () => {
    const page = await open();
    await page.evaluate(() => window.__excelDouble!.failOn({ method: "ChartCollection.add", code: "ApiNotFound", message: "The API you are trying to use could not be found." }));
    await fillAndWait(page);
    await expect(page.getByTestId("chart-failed").innerText()).resolves.toBe(
      "Diagrammet kunde inte skapas: The API you are trying to use could not be found. Tabellerna är ifyllda; diagrammet kan göras för hand från Årskostnad.",
    );
    const filled = await page.evaluate(() => ({ sheets: window.__excelDouble!.sheetNames(), charts: window.__excelDouble!.snapshot().sheets.flatMap((sheet) => sheet.charts).length }));
    expect(filled).toEqual({ sheets: ["Sheet1", ...buildWorkbookPlan(defaultPlanOptions("sv")).sheets.map((sheet) => sheet.name)], charts: 0 });

    const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
    const cell = plan.sheets.find((sheet) => sheet.key === "support")!.inputs!.find((input) => input.unit.name === "Botkyrka")!.cell;
    await page.getByTestId("fill").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.getByTestId("existing-carried").innerText()).resolves.toContain("det finns inga inskrivna värden");
    // The question is open; the economist types 120 users for Botkyrka on Support, leaving the cell with Enter.
    await page.evaluate((address) => {
      const double = window.__excelDouble!;
      double.beginCellEdit();
      double.endCellEdit({ sheet: "Support", address, value: 120 });
    }, cell);
    await dialog.getByRole("button", { name: "Ersätt" }).click();
    await page.getByTestId("fill-done").waitFor();
    const after = await page.evaluate((address) => ({ value: window.__excelDouble!.cell("Support", address)?.value, charts: window.__excelDouble!.snapshot().sheets.flatMap((sheet) => sheet.charts).length }), cell);
    expect(after).toEqual({ value: 120, charts: 1 });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("speaks English when Office does, and writes English sheets", async () => {
    const page = await open("en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Cost sharing");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(page.getByTestId("param-threshold").inputValue()).resolves.toBe("615 312");
    // The check tab is loaded on demand (its own chunk, from the page's origin).
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("heading", { name: "Check a table" }).waitFor();
    await page.getByRole("tab", { name: "Fill" }).click();
    await page.getByTestId("fill").click();
    await page.getByTestId("fill-done").waitFor();
    await expect(page.getByTestId("fill-done").innerText()).resolves.toMatch(/sheets were created/);
    const sheets = await page.evaluate(() => window.__excelDouble!.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["Parameters", "Municipalities", "Districts"]));
    await page.close();
  });

  it("validates a parameter as it is typed and blocks the fill until it is right", async () => {
    const page = await open();
    // The parameters are folded under their values until "Ändra".
    await page.getByRole("button", { name: "Ändra", exact: true }).click();
    const years = page.getByTestId("param-years");
    await years.fill("7,5");
    await page.getByText("Måste vara ett heltal (7,5 år).").waitFor();
    await expect(page.getByTestId("fill").isDisabled()).resolves.toBe(true);
    await years.fill("10");
    await expect(page.getByText("Måste vara ett heltal (7,5 år).").count()).resolves.toBe(0);
    // A text two readings could give is refused with what was probably meant (issue 8).
    await page.getByTestId("param-threshold").fill("615,312");
    await page.getByText(/”615,312” kan läsas på två sätt:\s615\s312\skr eller 615,312\skr\. Menade du 615\s312\skr\?/).waitFor();
    await expect(page.getByTestId("fill").isDisabled()).resolves.toBe(true);
    await page.getByTestId("param-threshold").fill("615 312");
    await page.getByTestId("param-municipalShare").fill("19,5 %");
    await expect(page.getByTestId("fill").isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it("a fill blocked by a faulty field moves the focus to that field, by mouse and from the keyboard, and writes nothing (issue 17)", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Ändra", exact: true }).click();
    const threshold = page.getByTestId("param-threshold");
    await threshold.fill("0");
    const fill = page.getByTestId("fill");
    await expect(fill.getAttribute("aria-disabled")).resolves.toBe("true");
    const before = await page.evaluate(() => JSON.stringify(window.__excelDouble!.snapshot()));
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.getAttribute("data-testid"), invalid: document.activeElement?.getAttribute("aria-invalid") }));
    const focusOnThreshold = () => page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "param-threshold", undefined, { timeout: 5000 });

    // The mouse: a real click where the button is (the button only looks disabled, so it can be clicked and tell why).
    await page.getByTestId("param-years").focus();
    await fill.scrollIntoViewIfNeeded();
    const box = (await fill.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await focusOnThreshold();
    await expect(focused()).resolves.toEqual({ id: "param-threshold", invalid: "true" });

    // The keyboard: Enter on the focused button.
    await fill.focus();
    await expect(focused()).resolves.toMatchObject({ id: "fill" });
    await page.keyboard.press("Enter");
    await focusOnThreshold();
    await expect(focused()).resolves.toEqual({ id: "param-threshold", invalid: "true" });

    // Nothing was filled.
    await expect(page.getByTestId("fill-done").count()).resolves.toBe(0);
    await expect(page.evaluate(() => JSON.stringify(window.__excelDouble!.snapshot()))).resolves.toBe(before);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("reads last period's amounts from a range at 320 px, folded to one line: the units without one listed, the amounts filled in", async () => {
    const page = await open("sv", 320);
    await page.evaluate(() => {
      const double = window.__excelDouble!;
      double.addSheet({ name: "Förra året", cells: { A1: "Namn", B1: "Belopp", A2: "Farsta", B2: "40 000", A3: "Botkyrka", B3: 50000 } });
      double.setSelection("Förra året", "A1:B3");
    });
    const part = page.getByRole("group", { name: "Tidigare belopp (valfritt)" });
    await expect(part.getByTestId("previous-status").innerText()).resolves.toBe("Inga inlästa.");
    // Folded, it takes a heading and a line (and its button) of the 320 px pane.
    await expect(part.boundingBox().then((box) => box!.height)).resolves.toBeLessThan(80);
    await part.getByRole("button", { name: "Läs in" }).click();
    await part.getByRole("button", { name: "Läs markerat område" }).click();
    await expect(part.getByTestId("previous-preview").innerText()).resolves.toMatch(/Läst från 'Förra året'!A1:B3 · 2 av 40 kommuner och stadsdelar har ett belopp/);
    await expect(part.getByTestId("previous-missing").innerText()).resolves.toMatch(/^Utan tidigare belopp \(förändringen lämnas tom\), 38 st: Danderyd, Ekerö, /);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(RESULTS, "pane-previous-sv-320.png"), fullPage: true });
    await part.getByRole("button", { name: "Dölj" }).click();
    await expect(part.getByTestId("previous-status").innerText()).resolves.toBe("2 av 40 kommuner och stadsdelar har ett belopp");

    await fillAndWait(page);
    const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
    const cellOf = (key: string, unit: string) => plan.sheets.find((sheet) => sheet.key === key)!.inputs!.find((input) => input.field === "previousCost" && input.unit.name === unit)!.cell;
    const values = await page.evaluate(
      (cells) => cells.map(([sheet, cell]) => window.__excelDouble!.cell(sheet, cell)?.value),
      [
        // Amounts of 2025 (the pane's default period) are whole yearly amounts, set on Årskostnad against
        // the 2026 amount (issue 17), never against the 2020 LOU part on Kommuner and Stadsdelar.
        ["Årskostnad", cellOf("annualCost", "Farsta")],
        ["Årskostnad", cellOf("annualCost", "Botkyrka")],
        ["Årskostnad", cellOf("annualCost", "Danderyd")],
        ["Stadsdelar", cellOf("districts", "Farsta")],
      ],
    );
    expect(values).toEqual([40000, 50000, "", ""]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("is usable at 320 and 500 px: no sideways scrolling; screenshots in test-results/", async () => {
    for (const lang of ["sv", "en"] as const) {
      for (const width of [320, 500]) {
        const page = await open(lang, width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(RESULTS, `pane-${lang}-${width}.png`), fullPage: true });
        if (lang === "sv") {
          await fillAndWait(page);
          await page.getByTestId("fill-done").scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(RESULTS, `pane-${lang}-${width}-filled.png`), fullPage: true });
          // The sheets exist now: the question fits the narrow pane too, and Escape cancels it.
          await page.getByTestId("fill").click();
          await page.getByRole("alertdialog").waitFor();
          // Fluent fades the dialog in: photograph it when it has settled.
          await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
          await page.screenshot({ path: path.join(RESULTS, `pane-${lang}-${width}-existing.png`) });
          await page.keyboard.press("Escape");
          await page.getByText("Inget fylldes i.").waitFor();
        }
        await page.close();
      }
    }
  });

  it("shows the filled sheets under the pane as Excel shows them, and the paragraph to copy: 320 px, Swedish and English", async () => {
    const expected = {
      sv: { tabs: "Blad", municipalities: "Kommuner", unit: "Enhet", copy: "Kopiera stycket", figures: ["54 931 kr", "3,97%", "93 106"], rate: "0,590 kr" },
      en: { tabs: "Sheets", municipalities: "Municipalities", unit: "Unit", copy: "Copy the paragraph", figures: ["54,931 kr", "3.97%", "93,106"], rate: "0.590 kr" },
    } as const;
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    for (const lang of ["sv", "en"] as const) {
      const text = expected[lang];
      const page = await open(lang, 320);
      // The fill button is in view as the pane opens, not 1 700 px down.
      const button = await page.getByTestId("fill").boundingBox();
      expect(button!.y + button!.height).toBeLessThanOrEqual(900);
      await fillAndWait(page);
      // The grid follows the sheet the fill shows first; its tabs are every sheet of the workbook.
      const sheetTabs = page.getByRole("tablist", { name: text.tabs });
      const created = await page.getByTestId("fill-done").getByRole("listitem").allInnerTexts();
      expect(created.length).toBeGreaterThanOrEqual(6);
      for (const name of created) await expect(sheetTabs.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
      const grid = page.getByTestId("preview-grid");
      await expect(grid.locator("table").getAttribute("data-sheet")).resolves.toBe(created[0]);
      await sheetTabs.getByRole("tab", { name: text.municipalities, exact: true }).click();
      await expect(grid.locator("table").getAttribute("data-sheet")).resolves.toBe(text.municipalities);
      const shown = (await grid.innerText()).replace(/\u00a0/g, " ");
      for (const figure of text.figures) expect(shown).toContain(figure);
      // A real table: column letters and row numbers are its headers.
      await expect(grid.locator("thead th").nth(1).innerText()).resolves.toBe("A");
      await expect(grid.locator("tbody tr").first().locator("th").getAttribute("scope")).resolves.toBe("row");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByTestId("preview-sheets").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS, `preview-sheets-${lang}-320.png`), fullPage: true });

      // The paragraph for the paper: about Farsta, then about the unit picked; copied as shown.
      const paragraph = page.getByTestId("paragraph");
      await expect(paragraph.innerText()).resolves.toMatch(/Farsta/);
      expect((await paragraph.innerText()).replace(/\u00a0/g, " ")).toContain(text.rate);
      await page.getByLabel(text.unit, { exact: true }).selectOption("Botkyrka");
      await expect(paragraph.innerText()).resolves.toMatch(/Botkyrka/);
      await page.getByRole("button", { name: text.copy }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="paragraph-copied"]')?.textContent !== "");
      const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => window.getSelection()?.toString() ?? ""));
      expect(copied).toBe(await paragraph.textContent());
      await page.getByTestId("paragraph-card").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS, `pane-paragraph-${lang}-320.png`) });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it("can be driven by keyboard alone, in reading order", async () => {
    const page = await open();
    const focused: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return `${element?.tagName.toLowerCase()}:${element?.getAttribute("role") ?? ""}:${element?.textContent?.trim().slice(0, 30) ?? ""}`;
      }));
    }
    // The preview tools come first, then the pane's tabs, then the sheet choices.
    const firstTab = focused.findIndex((entry) => entry.includes(":tab:"));
    expect(firstTab).toBeGreaterThanOrEqual(0);
    expect(focused.slice(firstTab + 1).some((entry) => entry.startsWith("input:"))).toBe(true);
    // Space on the focused "Fill" button after tabbing to it fills.
    await page.getByTestId("fill").focus();
    await page.keyboard.press("Space");
    await page.getByTestId("fill-done").waitFor();
    // The focus moved to the result when it appeared (issue 17); the next Tab reaches the first created sheet.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("fill-done");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Parametrar");
    await page.close();
  });

  /** Rows as sheet cells from A1 ({ A1: "namn", B1: "typ", … }). */
  const cellsOf = (rows: readonly (readonly (string | number)[])[]): Record<string, string | number> =>
    Object.fromEntries(rows.flatMap((row, r) => row.map((value, c) => [`${String.fromCharCode(65 + c)}${r + 1}`, value] as const).filter(([, value]) => value !== "")));

  /** The rows of the municipalities table the fill wrote (each unit's name), then the first column of the two rows under it (the plan's total row, then nothing). */
  const filledNames = (page: Page, table: string) =>
    page.evaluate((name) => {
      const double = window.__excelDouble!;
      const found = double.table(name)!;
      const [first, last] = found.range.replace(/^.*!/, "").split(":");
      const column = first.replace(/\d+$/, "");
      const end = Number(last.replace(/^[A-Z]+/, ""));
      const names = double.values(found.sheet, found.range.replace(/^.*!/, "")).map((row) => row[0]);
      const under = double.values(found.sheet, `${column}${end + 1}:${column}${end + 2}`).map((row) => row[0]);
      return { names, under };
    }, table);

  it("a range with a Totalt row (issue 15): the total is checked, never counted; a total that does not add up is refused at its cell", async () => {
    const page = await open();
    const county = [
      ["namn", "typ", "invånare"],
      ...MUNICIPALITIES_2018.map((m) => [m.name, "kommun", m.population]),
      ...STOCKHOLM_DISTRICTS_2018.map((d) => [d.name, "stadsdel", d.population]),
      ["Sthlm kn rest", "rest", STOCKHOLM_REST_2018],
      ["Totalt", "kommun", 2344124],
    ];
    await page.evaluate((cells) => {
      window.__excelDouble!.addSheet({ name: "Län", cells });
      window.__excelDouble!.setSelection("Län", "A1:C43");
    }, cellsOf(county));
    await page.getByRole("radio", { name: "Markerat område i arbetsboken" }).check();
    await page.getByRole("button", { name: "Läs markerat område" }).click();
    await expect(page.getByTestId("import-notes").innerText()).resolves.toMatch(/Totalt \(2\u00a0344\u00a0124\) stämmer med 26 kommuner/);
    await expect(page.getByTestId("import-preview").locator("tbody tr").last().innerText()).resolves.toMatch(/Totalt\s+summa \(kontrollerad, räknas inte\)/);
    await page.getByTestId("param-referenceDate").fill("2018-12-31");
    await fillAndWait(page);
    const { names, under } = await filledNames(page, TABLE_NAMES.municipalities);
    // The header and the 26 municipalities, then the plan's own total row under the table: the range's Totalt is no unit.
    expect(names.filter((name) => MUNICIPALITIES_2018.some((m) => m.name === name))).toHaveLength(26);
    expect(names).toHaveLength(27);
    expect(names).not.toContain("Totalt");
    expect(under).toEqual(["Totalt", ""]);
    await page.close();

    const wrong = await open();
    await wrong.evaluate((cells) => {
      window.__excelDouble!.addSheet({ name: "Län", cells });
      window.__excelDouble!.setSelection("Län", "A1:C43");
    }, cellsOf(county.map((row) => (row[0] === "Totalt" ? ["Totalt", "kommun", 4688248] : row))));
    await wrong.getByRole("radio", { name: "Markerat område i arbetsboken" }).check();
    await wrong.getByRole("button", { name: "Läs markerat område" }).click();
    const errors = wrong.getByTestId("import-errors");
    await expect(errors.locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-cell")))).resolves.toEqual(["'Län'!C43"]);
    await expect(errors.innerText()).resolves.toMatch(/Totalt har 4\u00a0688\u00a0248 invånare, men tabellens 26 kommuner i länet har tillsammans 2\u00a0344\u00a0124/);
    await expect(wrong.getByTestId("fill").isDisabled()).resolves.toBe(true);
    expect(pageErrors(wrong)).toEqual([]);
    await wrong.close();
  });

  it("a county from two ranges (issue 15): SCB's municipalities, then the city's districts added; the date from the data", async () => {
    const page = await open();
    const scb = [["region", "2018"], ...[...MUNICIPALITIES_2018].sort((a, b) => a.code.localeCompare(b.code)).map((m) => [`${m.code} ${m.name}`, m.population])];
    const city = [
      ["Befolkning per stadsdelsområde 31 december 2018"],
      [""],
      ["Stadsdelsområde", "2018"],
      ...STOCKHOLM_DISTRICTS_2018.map((d) => [d.name, d.population]),
      [""],
      ["Hela staden", 962154],
    ];
    await page.evaluate(
      ({ scbCells, cityCells }) => {
        window.__excelDouble!.addSheet({ name: "SCB", cells: scbCells });
        window.__excelDouble!.addSheet({ name: "Stad", cells: cityCells });
        window.__excelDouble!.setSelection("SCB", "A1:B27");
      },
      { scbCells: cellsOf(scb), cityCells: cellsOf(city) },
    );
    await page.getByRole("radio", { name: "Markerat område i arbetsboken" }).check();
    await page.getByRole("button", { name: "Läs markerat område" }).click();
    // SCB's figures alone have no districts: named as such.
    await page.getByTestId("partial-county").waitFor();
    await expect(page.getByTestId("param-referenceDate").inputValue()).resolves.toBe("2018-12-31");
    await page.evaluate(() => window.__excelDouble!.setSelection("Stad", "A1:B19"));
    await page.getByTestId("add-range").click();
    await expect(page.getByTestId("import-preview").innerText()).resolves.toMatch(/Läst från SCB!A1:B27 och Stad!A1:B19/);
    await expect(page.getByTestId("partial-county").count()).resolves.toBe(0);
    await expect(page.getByTestId("rest-derived").innerText()).resolves.toMatch(/Restposten \(2\u00a0446\)/);
    await fillAndWait(page);
    const { names: districts } = await filledNames(page, TABLE_NAMES.districts);
    expect(districts.filter((name) => STOCKHOLM_DISTRICTS_2018.some((d) => d.name === name))).toHaveLength(14);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("has no serious or critical accessibility violations (axe-core), before and after a fill and with import errors", async () => {
    const page = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fillAndWait(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId("seed-range").click();
    await page.getByRole("radio", { name: "Markerat område i arbetsboken" }).check();
    await page.getByRole("button", { name: "Läs markerat område" }).click();
    await page.getByTestId("import-errors").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
    const english = await open("en", 320);
    expect(await seriousAxeViolations(english)).toEqual([]);
    await english.getByRole("tab", { name: "Check" }).click();
    await english.getByRole("heading", { name: "Check a table" }).waitFor();
    expect(await seriousAxeViolations(english)).toEqual([]);
    await english.close();
  });

  it("the add-in page asks for nothing but office.js from its CDN, and outside Excel says it needs Excel", async () => {
    const page = await browser.context.newPage();
    const seen: string[] = [];
    page.on("request", (request) => {
      seen.push(request.url());
    });
    // There is no internet here: the CDN request fails at once, as it would on a blocked network.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: /needs Excel|behöver Excel/ }).waitFor();
    expect(seen.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });

  it("makes no request outside the page's own origin", () => {
    // Runs last: every page above has been loaded, filled and audited by now.
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:"));
    expect(foreign).toEqual([]);
  });

  it("ships a Content-Security-Policy that allows only its own origin (and office.js's CDN in the add-in page)", () => {
    // The production build minifies the HTML (attribute quotes may go).
    const csp = (file: string) => /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(fs.readFileSync(path.join(dist, file), "utf8"))?.[1] ?? "";
    const preview = csp("preview.html");
    const pane = csp("taskpane.html");
    expect(preview).toMatch(/default-src 'self'/);
    expect(preview).toMatch(/script-src 'self';/);
    expect(preview).toMatch(/connect-src 'self';/);
    expect(pane).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(pane).toMatch(/connect-src 'self';/);
    // Nothing but the two origins is named anywhere in either policy.
    const hosts = `${preview} ${pane}`.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect([...new Set(hosts)]).toEqual(["https://appsforoffice.microsoft.com"]);
  });
});
