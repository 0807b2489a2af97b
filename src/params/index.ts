export * from "./declarations";
export * from "./read";
export { PARAM_MESSAGES, UNIT_NAMES } from "./messages";
