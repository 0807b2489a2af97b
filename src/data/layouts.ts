import { MUNICIPALITIES_2018, STOCKHOLM_CODE, STOCKHOLM_DISTRICTS_2018 } from "./population2018";

/*
 * Stockholm county's procuring units as they have been laid out: the 26 municipalities (SCB codes,
 * unchanged since 1999) and Stockholm city's district administrations (stadsdelsområden), which
 * have changed twice since Bilaga 3. Each layout is data with the date it took effect and its
 * source, so a later change is a new entry.
 */

export interface LayoutSource {
  readonly document: string;
  readonly note: string;
}

/** The city's three parts (stadsområden), which its own statistics print as subtotals above their districts. */
export type CityArea = "Västerort" | "Inre staden" | "Söderort";

export interface DistrictLayout {
  /** The first day the layout applies (ISO). */
  readonly from: string;
  readonly districts: readonly string[];
  /** Each of the city's parts and the districts of this layout in it (every district is in one). */
  readonly areas: Readonly<Record<CityArea, readonly string[]>>;
  readonly source: LayoutSource;
}

/**
 * Where the city's parts come from: Västerort, Inre staden (innerstaden) and Söderort are the city's
 * stadsområden; Stockholm stad's statistics (Befolkning per stadsdelsområde) print each as a subtotal
 * of its districts.
 */
export const CITY_AREAS_SOURCE: LayoutSource = {
  document: "Svenska Wikipedia, ”Västerort”, ”Söderort” och ”Stockholms innerstad”",
  note: "Västerort: Bromma, Hässelby-Vällingby, Rinkeby-Kista, Spånga-Tensta (Järva från 2023); innerstaden: Kungsholmen, Norrmalm, Södermalm, Östermalm (Norra innerstaden från 2023); Söderort: övriga",
};

const WEST_2007 = ["Bromma", "Hässelby-Vällingby", "Rinkeby-Kista", "Spånga-Tensta"];
const INNER_2007 = ["Kungsholmen", "Norrmalm", "Södermalm", "Östermalm"];
const SOUTH_2020 = ["Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Skarpnäck", "Skärholmen"];

/** The county's municipalities by SCB code (Bilaga 3 lists all 26). */
export const COUNTY_MUNICIPALITIES: readonly { readonly code: string; readonly name: string }[] = MUNICIPALITIES_2018.map(({ code, name }) => ({ code, name }));

export const DISTRICT_LAYOUTS: readonly DistrictLayout[] = [
  {
    from: "2007-01-01",
    districts: STOCKHOLM_DISTRICTS_2018.map((district) => district.name),
    areas: { Västerort: WEST_2007, "Inre staden": INNER_2007, Söderort: ["Enskede-Årsta-Vantör", "Farsta", "Hägersten-Liljeholmen", "Skarpnäck", "Skärholmen", "Älvsjö"] },
    source: { document: "002", note: "Bilaga 3 (14 stadsdelsförvaltningar, befolkning 31/12 2018)" },
  },
  {
    from: "2020-07-01",
    districts: [
      "Bromma",
      "Enskede-Årsta-Vantör",
      "Farsta",
      "Hägersten-Älvsjö",
      "Hässelby-Vällingby",
      "Kungsholmen",
      "Norrmalm",
      "Rinkeby-Kista",
      "Skarpnäck",
      "Skärholmen",
      "Spånga-Tensta",
      "Södermalm",
      "Östermalm",
    ],
    areas: { Västerort: WEST_2007, "Inre staden": INNER_2007, Söderort: SOUTH_2020 },
    source: { document: "Stockholms stad, områdesfakta; lokalpress 2019–2020", note: "Hägersten-Liljeholmen och Älvsjö bildar Hägersten-Älvsjö den 1 juli 2020 (13 stadsdelsområden)" },
  },
  {
    from: "2023-07-01",
    districts: ["Bromma", "Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Hässelby-Vällingby", "Järva", "Kungsholmen", "Norra innerstaden", "Skarpnäck", "Skärholmen", "Södermalm"],
    areas: { Västerort: ["Bromma", "Hässelby-Vällingby", "Järva"], "Inre staden": ["Kungsholmen", "Norra innerstaden", "Södermalm"], Söderort: SOUTH_2020 },
    source: {
      document: "Svenska Wikipedia, ”Stadsdelsområde”",
      note: "Rinkeby-Kista och Spånga-Tensta bildar Järva, Norrmalm och Östermalm Norra innerstaden, den 1 juli 2023 (11 stadsdelsområden)",
    },
  },
];

/** The divided city of the agreements. */
export const DIVIDED_CITY_CODE = STOCKHOLM_CODE;
