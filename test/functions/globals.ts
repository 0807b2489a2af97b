/// <reference types="custom-functions-runtime" />
/*
 * What Excel's runtime provides to the functions, set up before the functions module is imported
 * (ENVIRONMENT.md): `CustomFunctions.Error` and `ErrorCode`, and `Office.context.displayLanguage`.
 * Import this module FIRST in a test: ES imports run in order, an assignment in the test body would
 * run after them.
 */

export class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const officeContext = { displayLanguage: "sv-SE" };

Object.assign(globalThis, {
  CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode, associate: () => undefined },
  Office: { context: officeContext },
});

/** Switches the display language Office reports (sv-SE by default). */
export function setDisplayLanguage(tag: string): void {
  officeContext.displayLanguage = tag;
}
