import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, MUNICIPALITIES_2018, SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES, STOCKHOLM_DISTRICTS_2018, findEmbeddedUnit, municipalitiesOfCounty, recognizeUnit } from "../../src/data";

describe("the country's municipality codes", () => {
  test("290 municipalities, 21 counties, every code unique and of its county's form", () => {
    expect(SWEDISH_MUNICIPALITIES).toHaveLength(290);
    expect(new Set(SWEDISH_MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(SWEDISH_MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
    expect(SWEDISH_COUNTIES).toHaveLength(21);
    const counties = new Set(SWEDISH_COUNTIES.map((county) => county.code));
    expect(SWEDISH_MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code) && counties.has(m.code.slice(0, 2)))).toBe(true);
    expect(SWEDISH_COUNTIES.every((county) => municipalitiesOfCounty(county.code).length > 0)).toBe(true);
  });

  test("Stockholm county's 26 are Bilaga 3's, code for code and name for name", () => {
    const county = SWEDISH_MUNICIPALITIES.filter((m) => m.code.startsWith("01"));
    expect(county.map((m) => [m.code, m.name]).sort()).toEqual(MUNICIPALITIES_2018.map((m) => [m.code, m.name]).sort());
    expect(COUNTY_MUNICIPALITIES).toHaveLength(26);
  });
});

describe("recognizeUnit: what a row is", () => {
  test.each([
    ["Botkyrka", undefined],
    ["botkyrka", undefined],
    ["0127", undefined],
    ["127", undefined],
    [127, undefined],
    ["0127 Botkyrka", undefined],
    ["127 Botkyrka", undefined],
    ["Botkyrka", "0127"],
    ["Botkyrka", 127],
    ["Botkyrka kommun", undefined],
    ["Botkyrka*", undefined],
  ] as const)("%p (code %p) is Botkyrka, 0127", (label, code) => {
    expect(recognizeUnit(label, code)).toEqual({ kind: "municipality", code: "0127", name: "Botkyrka" });
  });

  test("names as SCB writes them, and with hyphens or spaces", () => {
    expect(recognizeUnit("0114 Upplands Väsby")).toMatchObject({ kind: "municipality", code: "0114", name: "Upplands Väsby" });
    expect(recognizeUnit("Upplands-Väsby")).toMatchObject({ code: "0114" });
    expect(recognizeUnit("0139 Upplands-Bro")).toMatchObject({ code: "0139" });
    expect(recognizeUnit("Danderyds kommun")).toMatchObject({ code: "0162" });
  });

  test("Stockholm, by code, name or as the city", () => {
    for (const label of ["Stockholm", "0180 Stockholm", "180", "Stockholms stad", "Stockholms kommun"]) {
      expect(recognizeUnit(label)).toEqual({ kind: "municipality", code: "0180", name: "Stockholm" });
    }
  });

  test("districts of every layout, with the layouts they belong to", () => {
    const bromma = recognizeUnit("Bromma");
    expect(bromma).toMatchObject({ kind: "district", name: "Bromma" });
    expect(bromma.kind === "district" && bromma.layouts).toHaveLength(DISTRICT_LAYOUTS.length);
    const jarva = recognizeUnit("Järva");
    expect(jarva.kind === "district" && jarva.layouts.map((layout) => layout.from)).toEqual(["2023-07-01"]);
    expect(recognizeUnit("Älvsjö stadsdelsområde")).toMatchObject({ kind: "district", name: "Älvsjö" });
    expect(recognizeUnit("Enskede–Årsta–Vantör")).toMatchObject({ kind: "district", name: "Enskede-Årsta-Vantör" });
  });

  test("the rest post under its names", () => {
    for (const label of ["Sthlm kn rest", "Restpost", "rest"]) expect(recognizeUnit(label)).toEqual({ kind: "rest", name: "Sthlm kn rest" });
  });

  test("aggregates are never units", () => {
    expect(recognizeUnit("01 Stockholms län")).toMatchObject({ kind: "aggregate", aggregate: { kind: "county" } });
    expect(recognizeUnit("Stockholms län")).toMatchObject({ kind: "aggregate", aggregate: { kind: "county" } });
    expect(recognizeUnit("Riket")).toMatchObject({ kind: "aggregate", aggregate: { kind: "nation" } });
    expect(recognizeUnit("00 Riket")).toMatchObject({ kind: "aggregate", aggregate: { kind: "nation" } });
    expect(recognizeUnit("03 Uppsala län")).toMatchObject({ kind: "aggregate", aggregate: { kind: "otherCounty", county: { code: "03" } } });
    expect(recognizeUnit("Hela staden")).toMatchObject({ kind: "aggregate", aggregate: { kind: "city" } });
    expect(recognizeUnit("Västerort")).toMatchObject({ kind: "aggregate", aggregate: { kind: "cityArea", area: "Västerort" } });
    expect(recognizeUnit("Inre staden")).toMatchObject({ kind: "aggregate", aggregate: { kind: "cityArea", area: "Inre staden" } });
    expect(recognizeUnit("Söderort")).toMatchObject({ kind: "aggregate", aggregate: { kind: "cityArea", area: "Söderort" } });
    for (const label of ["Totalt", "Summa", "Summa:", "Total"]) expect(recognizeUnit(label)).toMatchObject({ kind: "aggregate", aggregate: { kind: "total" } });
  });

  test("municipalities of other counties are outside, with their county", () => {
    expect(recognizeUnit("Knivsta")).toMatchObject({ kind: "outside", code: "0330", name: "Knivsta", county: { name: "Uppsala län" } });
    expect(recognizeUnit("1480 Göteborg")).toMatchObject({ kind: "outside", code: "1480" });
    expect(recognizeUnit("380")).toMatchObject({ kind: "outside", name: "Uppsala" });
  });

  test("a code and a name of two units is a conflict, never one of them", () => {
    expect(recognizeUnit("Nykvarn", "0180")).toEqual({ kind: "conflict", code: "0180", codeName: "Stockholm", name: "Nykvarn", nameIs: "Nykvarn" });
    expect(recognizeUnit("0180 Nykvarn")).toMatchObject({ kind: "conflict", codeName: "Stockholm", nameIs: "Nykvarn" });
  });

  test("a code with its name without å, ä, ö is the code's unit", () => {
    expect(recognizeUnit("0125 Ekero")).toMatchObject({ kind: "municipality", name: "Ekerö" });
  });

  test("unknown codes and names; a near miss is a suggestion only", () => {
    expect(recognizeUnit("0101")).toEqual({ kind: "unknownCode", code: "0101" });
    expect(recognizeUnit("01-28")).toMatchObject({ kind: "unknown" });
    expect(recognizeUnit("Ekero")).toEqual({ kind: "unknown", text: "Ekero", suggestion: "Ekerö" });
    expect(recognizeUnit("Taby")).toEqual({ kind: "unknown", text: "Taby", suggestion: "Täby" });
    expect(recognizeUnit("Nackka")).toEqual({ kind: "unknown", text: "Nackka", suggestion: "Nacka" });
    expect(recognizeUnit("Kommun 1")).toEqual({ kind: "unknown", text: "Kommun 1" });
    expect(recognizeUnit("")).toEqual({ kind: "unknown", text: "" });
  });
});

describe("findEmbeddedUnit follows the closed list", () => {
  test("by name, code, or both, and never a near miss", () => {
    expect(findEmbeddedUnit("0127 Botkyrka")).toMatchObject({ name: "Botkyrka", population: 93106 });
    expect(findEmbeddedUnit(180)).toMatchObject({ name: "Stockholm", population: 962154 });
    expect(findEmbeddedUnit("Södermalm")).toMatchObject({ kind: "district", population: STOCKHOLM_DISTRICTS_2018.find((d) => d.name === "Södermalm")!.population });
    expect(findEmbeddedUnit("Järva")).toBeUndefined();
    expect(findEmbeddedUnit("Ekero")).toBeUndefined();
    expect(findEmbeddedUnit("Totalt")).toBeUndefined();
  });
});
