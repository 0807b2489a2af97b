import type { CountyPopulation } from "../engine";
import { DOCUMENTS, Source } from "./sources";

/*
 * The population of Stockholm county at 31/12 2018 as printed in Bilaga 3 of the 2020 agreement
 * (source given there: SCB, and Stockholm city's statistics service for the districts), with the
 * municipalities' SCB codes (kommunkoder, län 01).
 */

export interface Municipality2018 {
  readonly code: string;
  readonly name: string;
  readonly population: number;
}

export interface District2018 {
  readonly name: string;
  readonly population: number;
}

export const POPULATION_REFERENCE_DATE = "2018-12-31";

export const POPULATION_SOURCE: Source = {
  document: "002",
  title: DOCUMENTS.agreement2020,
  section: "Bilaga 3 Kostnadsfördelning mellan kommuner och Stockholms stads stadsdelar",
  quote: "Totalt antal invånare den 31/12 2018 var 2 344 124 (Källa: SCB, 31/12 2018 respektive stadens statistikinformationstjänst)",
};

/** Bilaga 3's municipality table, in its order; Stockholm is the sum of its districts and rest post. */
export const MUNICIPALITIES_2018: readonly Municipality2018[] = [
  { code: "0127", name: "Botkyrka", population: 93106 },
  { code: "0162", name: "Danderyd", population: 33187 },
  { code: "0125", name: "Ekerö", population: 28308 },
  { code: "0136", name: "Haninge", population: 89989 },
  { code: "0126", name: "Huddinge", population: 111722 },
  { code: "0123", name: "Järfälla", population: 78480 },
  { code: "0186", name: "Lidingö", population: 47818 },
  { code: "0182", name: "Nacka", population: 103656 },
  { code: "0188", name: "Norrtälje", population: 61769 },
  { code: "0140", name: "Nykvarn", population: 10923 },
  { code: "0192", name: "Nynäshamn", population: 28290 },
  { code: "0128", name: "Salem", population: 16786 },
  { code: "0191", name: "Sigtuna", population: 48130 },
  { code: "0163", name: "Sollentuna", population: 72528 },
  { code: "0184", name: "Solna", population: 80950 },
  { code: "0183", name: "Sundbyberg", population: 50564 },
  { code: "0181", name: "Södertälje", population: 97381 },
  { code: "0138", name: "Tyresö", population: 48004 },
  { code: "0160", name: "Täby", population: 71397 },
  { code: "0114", name: "Upplands Väsby", population: 45543 },
  { code: "0139", name: "Upplands-Bro", population: 28756 },
  { code: "0115", name: "Vallentuna", population: 33432 },
  { code: "0187", name: "Vaxholm", population: 12023 },
  { code: "0120", name: "Värmdö", population: 44397 },
  { code: "0117", name: "Österåker", population: 44831 },
  { code: "0180", name: "Stockholm", population: 962154 },
];

export const STOCKHOLM_NAME = "Stockholm";
export const STOCKHOLM_CODE = "0180";

/** Bilaga 3's district table (Stockholm's 14 district administrations, 2018), in its order. */
export const STOCKHOLM_DISTRICTS_2018: readonly District2018[] = [
  { name: "Bromma", population: 80045 },
  { name: "Enskede-Årsta-Vantör", population: 100859 },
  { name: "Farsta", population: 59219 },
  { name: "Hägersten-Liljeholmen", population: 90203 },
  { name: "Hässelby-Vällingby", population: 75904 },
  { name: "Kungsholmen", population: 71191 },
  { name: "Norrmalm", population: 71800 },
  { name: "Rinkeby-Kista", population: 50404 },
  { name: "Skarpnäck", population: 46427 },
  { name: "Skärholmen", population: 37349 },
  { name: "Spånga-Tensta", population: 39106 },
  { name: "Södermalm", population: 130034 },
  { name: "Älvsjö", population: 30580 },
  { name: "Östermalm", population: 76587 },
];

/** "Sthlm kn rest": Stockholm residents with no known district (Bilaga 3, footnote *). */
export const STOCKHOLM_REST_2018 = 2446;

/** The county as the engine takes it, from the figures above. */
export const COUNTY_2018: CountyPopulation = {
  municipalities: MUNICIPALITIES_2018,
  dividedCity: { name: STOCKHOLM_NAME, districts: STOCKHOLM_DISTRICTS_2018, rest: STOCKHOLM_REST_2018 },
};
