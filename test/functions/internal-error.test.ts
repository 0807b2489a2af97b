import { ErrorCode, FakeCustomFunctionsError, setDisplayLanguage } from "./globals";

/*
 * A failure the wrappers did not foresee (a bug, not bad input) must still reach the cell as
 * #VALUE! with a neutral message, never as a JavaScript exception text.
 */

jest.mock("../../src/engine", () => {
  const actual = jest.requireActual("../../src/engine");
  return {
    ...actual,
    usersCost: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'times')");
    },
  };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { supportCost } = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function caught(fn: () => unknown): FakeCustomFunctionsError {
  try {
    fn();
  } catch (error) {
    return error as FakeCustomFunctionsError;
  }
  throw new Error("expected an error");
}

it("turns an unexpected exception into #VALUE! with a neutral message", () => {
  setDisplayLanguage("sv-SE");
  const sv = caught(() => supportCost(1700, null, null));
  expect(sv).toBeInstanceOf(FakeCustomFunctionsError);
  expect(sv.code).toBe(ErrorCode.invalidValue);
  expect(sv.message).toBe("SVV.SUPPORTCOST kunde inte räkna ut detta (internt fel). Rapportera det gärna med argumenten.");
  expect(sv.message).not.toMatch(/TypeError|undefined|times/);
  setDisplayLanguage("en-US");
  expect(caught(() => supportCost(1700, null, null)).message).toMatch(/^SVV\.SUPPORTCOST could not compute this \(internal error\)/);
});
