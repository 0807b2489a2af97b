import {
  cappedComponentOf,
  isThreshold,
  parameterNamed,
  type AgreementDeclaration,
  type AmountComponent,
  type CappedPopulationShare,
  type CostComponent,
  type FixedPercentage,
  type PerUser,
  type PopulationShare,
} from "../../data";
import { excelDateSerial, say, type Locale } from "../../i18n";
import { AGREEMENT_PARAMETER_KEYS, NUMBER_PARAMETERS, UNIT_NAMES, checkNumberParameter, isPlanParamKey, type ParamUnit } from "../../params";
import { excelNameProblem, sheetNameProblem } from "../../formula";
import { BUILT_IN_NAMES, BUILT_IN_SHEETS, BUILT_IN_TABLES, type SheetKey } from "../plan";
import { agreementWords, sheetNames } from "../texts";

/*
 * The agreements of a plan (src/data/agreements): where each component goes (the LOU model on
 * Kommuner and Stadsdelar, a sheet of its own for a part per user or by population, the split's
 * figures on Parametrar), and whether a set of declarations can make one workbook: names, sheets and
 * tables unique, every reference to a parameter of the right unit. The plan refuses a set that
 * cannot; the command that reads an agreement from a file says why, field by field.
 */

/** A component and the agreement it belongs to (`index`: the agreement's place in the plan). */
export interface Placed<C extends CostComponent> {
  readonly agreement: AgreementDeclaration;
  readonly index: number;
  readonly component: C;
}

/** A population share, and the fixed percentage whose municipal part it shares, when it shares one. */
export type PlacedShare = Placed<PopulationShare> & { readonly split?: FixedPercentage };

export interface PlanAgreements {
  readonly list: readonly AgreementDeclaration[];
  /** The LOU model: Kommuner and Stadsdelar with the LOU columns, its figures on Parametrar. */
  readonly capped?: Placed<CappedPopulationShare>;
  readonly perUser: readonly Placed<PerUser>[];
  readonly shares: readonly PlacedShare[];
  readonly splits: readonly Placed<FixedPercentage>[];
  /** The components with a sheet of their own, in the agreements' order. */
  readonly sheets: readonly (Placed<PerUser> | PlacedShare)[];
}

export const isAmount = (component: CostComponent): component is AmountComponent => component.kind !== "fixedPercentage";

/** Where each component of the agreements goes. */
export function placeAgreements(list: readonly AgreementDeclaration[]): PlanAgreements {
  const all = list.flatMap((agreement, index) => agreement.components.map((component) => ({ agreement, index, component })));
  const of = <K extends CostComponent["kind"]>(kind: K) => all.filter((placed): placed is Placed<Extract<CostComponent, { kind: K }>> => placed.component.kind === kind);
  const splits = of("fixedPercentage");
  const shares: PlacedShare[] = of("populationShare").map((placed) => {
    const split = splits.find((candidate) => candidate.index === placed.index && candidate.component.municipal.name === placed.component.amount);
    return split ? { ...placed, split: split.component } : placed;
  });
  const perUser = of("perUser");
  const capped = of("cappedPopulationShare")[0];
  const sheets: (Placed<PerUser> | PlacedShare)[] = [];
  for (const { component } of all) {
    if (component.kind === "perUser") sheets.push(perUser.find((placed) => placed.component === component)!);
    if (component.kind === "populationShare") sheets.push(shares.find((placed) => placed.component === component)!);
  }
  return { list, ...(capped ? { capped } : {}), perUser, shares, splits, sheets };
}

/** The keys of a plan's sheets in the order they are written. */
export function sheetKeysOf(list: readonly AgreementDeclaration[]): SheetKey[] {
  return ["parameters", "municipalities", "districts", ...placeAgreements(list).sheets.map((placed) => placed.component.sheet.key), "sources", "annualCost"];
}

/** Why an agreement of a plan cannot be used: which agreement, the field in it ("parameters[2].key"), and the reason in the user's language. */
export interface AgreementProblem {
  readonly agreement: number;
  readonly field: string;
  readonly message: string;
  /**
   * Set when the problem is a value inside its limits but outside its plausible range: as with the
   * options, the user may confirm it (--force); the plan then takes it as given.
   */
  readonly confirmable?: true;
}

/** The unit each reference of a component takes, by its field. */
const REFERENCE_UNITS: { readonly [K in CostComponent["kind"]]: readonly (readonly [string, Extract<ParamUnit, "kronor" | "years" | "users" | "percent">])[] } = {
  cappedPopulationShare: [
    ["threshold", "kronor"],
    ["years", "years"],
  ],
  perUser: [
    ["budget", "kronor"],
    ["users", "users"],
  ],
  populationShare: [],
  fixedPercentage: [
    ["budget", "kronor"],
    ["share", "percent"],
  ],
};

/** Every problem of a set of agreements as one workbook's; [] when it can be built. */
export function agreementProblems(list: readonly AgreementDeclaration[], locale: Locale): AgreementProblem[] {
  const p = agreementWords(locale).problems;
  const problems: AgreementProblem[] = [];
  // Defined names and table names are one namespace in Excel, whatever the case.
  const names = new Set([...BUILT_IN_NAMES, ...Object.values(BUILT_IN_TABLES)].map((name) => name.toLowerCase()));
  const keys = new Set<string>();
  const ids = new Set<string>();
  const builtInSheets = (["sv", "en"] as const).map((language) => BUILT_IN_SHEETS.map((key) => sheetNames(language)[key].toLowerCase()));
  const sheets = { keys: new Set<string>(BUILT_IN_SHEETS), sv: new Set(builtInSheets[0]), en: new Set(builtInSheets[1]) };
  let capped = false;
  const columns = { sv: new Map<string, string>(), en: new Map<string, string>() };
  list.forEach((agreement, index) => {
    const add = (field: string, message: string, confirmable = false) => problems.push({ agreement: index, field, message, ...(confirmable ? { confirmable: true as const } : {}) });
    const name = (field: string, value: string) => {
      const problem = excelNameProblem(value) === undefined ? (names.has(value.toLowerCase()) ? p.nameTwice(value) : undefined) : p.badName(value);
      if (problem) add(field, problem);
      names.add(value.toLowerCase());
    };
    if (ids.has(agreement.id)) add("id", p.idTwice(agreement.id));
    ids.add(agreement.id);
    periodProblems(agreement, locale).forEach(([field, message]) => add(field, message));
    agreement.parameters.forEach((parameter, at) => {
      const field = `parameters[${at}]`;
      if (!isPlanParamKey(parameter.key)) add(`${field}.key`, p.unknownKey(parameter.key, AGREEMENT_PARAMETER_KEYS.join(", ")));
      else if (keys.has(parameter.key)) add(`${field}.key`, p.keyTwice(parameter.key));
      keys.add(parameter.key);
      name(`${field}.name`, parameter.name);
      if (parameter.value === undefined || parameter.source === undefined) {
        if (!isThreshold(agreement, parameter)) add(`${field}.${parameter.value === undefined ? "value" : "source"}`, p.noValue);
      } else if (isPlanParamKey(parameter.key)) {
        const reading = checkNumberParameter(parameter.key, parameter.value, locale);
        if (!reading.ok) add(`${field}.value`, reading.message);
        else if (reading.implausible !== undefined) {
          // A share of 1 in a file is 100 %, but may have been meant as 1 %: say both.
          const one = NUMBER_PARAMETERS[parameter.key].unit === "percent" && parameter.value === 1;
          add(`${field}.value`, one ? `${reading.implausible} (${p.shareOfOne})` : reading.implausible, true);
        }
      }
    });
    agreement.components.forEach((component, at) => {
      const field = `components[${at}]`;
      referenceProblems(agreement, component, locale).forEach(([where, message]) => add(`${field}.${where}`, message));
      if (component.kind === "cappedPopulationShare") {
        if (capped) add(`${field}.kind`, p.secondCapped);
        capped = true;
      }
      if (component.kind === "fixedPercentage") {
        name(`${field}.municipal.name`, component.municipal.name);
        name(`${field}.region.name`, component.region.name);
      }
      if (component.kind === "perUser") {
        name(`${field}.perUser.name`, component.perUser.name);
        name(`${field}.table`, component.table);
      }
      if (component.kind === "populationShare") {
        name(`${field}.tables.municipalities`, component.tables.municipalities);
        name(`${field}.tables.districts`, component.tables.districts);
      }
      if (component.kind === "perUser" || component.kind === "populationShare") sheetProblems(component, sheets, locale).forEach(([where, message]) => add(`${field}.sheet.${where}`, message));
    });
    chargeProblems(agreement, columns, locale).forEach(([field, message]) => add(field, message));
    const amounts = agreement.components.filter(isAmount).length;
    if (amounts === 0) add("components", p.noAmount);
    if (amounts > 1 && agreement.total === undefined) add("total", p.noTotal);
  });
  return problems;
}

/** True when a text is a calendar date Excel shows right (YYYY-MM-DD, from 1900-03-01). */
function isDate(text: string): boolean {
  try {
    excelDateSerial(text);
    return true;
  } catch {
    return false;
  }
}

function periodProblems(agreement: AgreementDeclaration, locale: Locale): [string, string][] {
  const p = agreementWords(locale).problems;
  const { from, to } = agreement.period;
  const found: [string, string][] = [];
  if (!isDate(from)) found.push(["period.from", p.badDate(from)]);
  if (to !== undefined && !isDate(to)) found.push(["period.to", p.badDate(to)]);
  else if (to !== undefined && found.length === 0 && to < from) found.push(["period.to", p.periodBackwards(from, to)]);
  return found;
}

/** A component's references to the agreement's parameters: each a parameter of the unit it takes. */
function referenceProblems(agreement: AgreementDeclaration, component: CostComponent, locale: Locale): [string, string][] {
  const p = agreementWords(locale).problems;
  const found: [string, string][] = [];
  const reference = component as unknown as Readonly<Record<string, string>>;
  for (const [field, unit] of REFERENCE_UNITS[component.kind]) {
    const parameter = parameterNamed(agreement, reference[field]);
    if (!parameter) found.push([field, p.unknownParameter(reference[field])]);
    else if (isPlanParamKey(parameter.key) && NUMBER_PARAMETERS[parameter.key].unit !== unit) found.push([field, p.wrongUnit(parameter.name, say(UNIT_NAMES[unit], locale))]);
  }
  if (component.kind === "populationShare") {
    const parameter = parameterNamed(agreement, component.amount);
    const split = agreement.components.some((other) => other.kind === "fixedPercentage" && other.municipal.name === component.amount);
    const kronor = parameter !== undefined && isPlanParamKey(parameter.key) && NUMBER_PARAMETERS[parameter.key].unit === "kronor";
    if (!split && !kronor) found.push(["amount", p.unknownAmount(component.amount)]);
  }
  if (component.kind === "cappedPopulationShare" && cappedComponentOf(agreement) !== component) found.push(["kind", p.secondCapped]);
  return found;
}

/**
 * What the components charge: no amount the units pay twice (two components distributing one
 * amount, or the whole budget of a split of which the municipalities pay only their part), and a
 * column of its own on Årskostnad for each (in both languages, across the plan's agreements), so the
 * summary and the tables say the same amounts and Excel gets a table it takes.
 */
function chargeProblems(agreement: AgreementDeclaration, columns: { sv: Map<string, string>; en: Map<string, string> }, locale: Locale): [string, string][] {
  const p = agreementWords(locale).problems;
  const found: [string, string][] = [];
  const charged = new Map<string, string>();
  agreement.components.forEach((component, at) => {
    if (!isAmount(component)) return;
    const field = `components[${at}]`;
    const amount = component.kind === "populationShare" ? component.amount : component.kind === "perUser" ? component.budget : undefined;
    const amountField = component.kind === "populationShare" ? "amount" : "budget";
    if (amount !== undefined) {
      const split = agreement.components.findIndex((other) => other.kind === "fixedPercentage" && other.budget === amount);
      const splitComponent = agreement.components[split];
      if (splitComponent?.kind === "fixedPercentage") found.push([`${field}.${amountField}`, p.wholeBudget(amount, `components[${split}]`, splitComponent.municipal.name)]);
      const first = charged.get(amount);
      if (first !== undefined) found.push([`${field}.${amountField}`, p.chargedTwice(amount, first)]);
      else charged.set(amount, `${field}.${amountField}`);
    }
    for (const language of ["sv", "en"] as const) {
      const header = component.column[language].trim().toLocaleLowerCase("sv-SE");
      const first = columns[language].get(header);
      if (first !== undefined) found.push([`${field}.column.${language}`, p.columnTwice(component.column[language], first)]);
      else columns[language].set(header, `${field}.column.${language}`);
    }
  });
  for (const language of ["sv", "en"] as const) {
    const total = agreement.total?.[language];
    if (total === undefined) continue;
    const first = columns[language].get(total.trim().toLocaleLowerCase("sv-SE"));
    if (first !== undefined) found.push([`total.${language}`, p.columnTwice(total, first)]);
    else columns[language].set(total.trim().toLocaleLowerCase("sv-SE"), `total.${language}`);
  }
  return found;
}

/** A sheet's key and names: unique in the plan, names Excel takes, in both languages. */
function sheetProblems(component: PerUser | PopulationShare, seen: { keys: Set<string>; sv: Set<string>; en: Set<string> }, locale: Locale): [string, string][] {
  const p = agreementWords(locale).problems;
  const found: [string, string][] = [];
  const { key, name } = component.sheet;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) found.push(["key", p.badName(key)]);
  else if (seen.keys.has(key)) found.push(["key", p.sheetTwice(key)]);
  seen.keys.add(key);
  for (const language of ["sv", "en"] as const) {
    const text = name[language];
    if (sheetNameProblem(text) !== undefined) found.push([`name.${language}`, p.badSheetName(text)]);
    else if (seen[language].has(text.toLowerCase())) found.push([`name.${language}`, p.sheetTwice(text)]);
    seen[language].add(text.toLowerCase());
  }
  return found;
}
