export { Decimal, roundHalfAwayFromZero } from "./decimal";
export type { Numeric } from "./decimal";
export { RuleInputError, isRuleInputError } from "./errors";
export type { RuleErrorCode, RuleErrorDetails } from "./errors";
export { allocate } from "./allocate";
export {
  louRatePerInhabitantForPeriod,
  louRatePerInhabitantPerYear,
  louCostForPeriod,
  louCostPerYear,
  populationShare,
} from "./lou";
export { populationIncludingRest, distributeRest } from "./rest";
export { supportCostPerUser, supportCost } from "./support";
export { municipalPart, regionPart, municipalCost2026, sharedByPopulation } from "./agreement2026";
export { louAllocation, normalizeUnitName } from "./county";
export type {
  PopulationUnit,
  CountyPopulation,
  LouParameters,
  LouAllocation,
  MunicipalityAllocation,
  DistrictAllocation,
} from "./county";
export { toFiniteDecimal, nonNegative, positive, positiveWholeNumber, fraction, decimalPlaces } from "./validate";
