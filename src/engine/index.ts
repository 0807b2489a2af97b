export { Decimal, roundHalfAwayFromZero } from "./decimal";
export type { Numeric } from "./decimal";
export { RuleInputError, isRuleInputError } from "./errors";
export type { RuleErrorCode, RuleErrorDetails } from "./errors";
/*
 * Each rule twice: a public function that takes any number and checks it once (the names the
 * callers have always used), and its core, which takes the checked types below and checks nothing.
 */
export { allocate, checkAllocation, allocateChecked } from "./allocate";
export type { CheckedAllocation } from "./allocate";
export {
  louRatePerInhabitantForPeriod,
  louRatePerInhabitantPerYear,
  louCostForPeriod,
  louCostPerYear,
  populationShare,
  louRate,
  louCost,
  shareOf,
  unitOfLargest,
  partOfTotal,
} from "./lou";
export { populationIncludingRest, distributeRest, withRest, spreadRest, districtOfCity } from "./rest";
export { supportCostPerUser, supportCost, perUser, usersCost } from "./support";
export { municipalPart, regionPart, municipalCost2026, sharedByPopulation, partOfBudget, restOfBudget, sharedBy, partOfCounty } from "./agreement2026";
export { louAllocation, checkCounty, allocationOf, normalizeUnitName } from "./county";
export type {
  PopulationUnit,
  CountyPopulation,
  CheckedCounty,
  LouParameters,
  LouAllocation,
  MunicipalityAllocation,
  DistrictAllocation,
} from "./county";
export { toFiniteDecimal, nonNegative, positive, positiveWholeNumber, fraction, decimalPlaces, partOf } from "./validate";
export type { NonNegative, Positive, PositiveWhole, Fraction, Part } from "./validate";
