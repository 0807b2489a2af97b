/** Types for scripts/manifest.js (used by webpack.config.js and the tests). */
export const DEV_BASE_URL: string;
export const DEFAULT_PUBLIC_URL: string;
export function publicBaseUrl(value?: string): string;
export function toProductionManifest(xml: string, productionBaseUrl: string, devBaseUrl?: string): string;
export function checkManifest(
  xml: string,
  options?: { production?: boolean; producedFiles?: readonly string[]; baseUrl?: string },
): string[];
export function checkBuild(root?: string, dist?: string): string[];
export function listFiles(directory: string): string[];
export function manifestBaseUrl(xml: string): string | undefined;
