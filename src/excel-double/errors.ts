/*
 * Errors shaped like OfficeExtension.Error: name "OfficeExtension.Error", a `code` from Excel's
 * ErrorCodes ("InvalidArgument", "ItemNotFound", ...), a message and debugInfo. Code that handles
 * real Excel errors by `code` handles the double's the same way.
 */

export type DoubleErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidObjectPath"
  | "GeneralException"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "NotImplemented";

export class DoubleOfficeError extends Error {
  override readonly name = "OfficeExtension.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: DoubleErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): DoubleOfficeError {
  return new DoubleOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
