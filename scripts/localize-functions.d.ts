/** Types for scripts/localize-functions.js (used by webpack.config.js and the tests). */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters?: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result?: unknown;
    options?: unknown;
  }[];
}
export interface TranslationTable {
  functions: Record<string, { name?: string; description?: string; parameters?: Record<string, { name?: string; description?: string }> }>;
}
export function localizeMetadata(
  metadata: FunctionsMetadata,
  table: TranslationTable,
  locale: string,
): { metadata: FunctionsMetadata; problems: string[] };
export function compareMetadata(generated: FunctionsMetadata, localized: FunctionsMetadata, locale: string): string[];
export class LocalizedFunctionsMetadataPlugin {
  constructor(options: { source?: string; output: string; table: string; locale: string });
  apply(compiler: unknown): void;
}
