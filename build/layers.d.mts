// Types of build/layers.mjs for the TypeScript that imports it (the layering test).
export interface Layer {
  name: string;
  files: string[];
  uses: string[];
  typesOnly?: string[];
  runs: 'browser' | 'node' | 'electron';
}
export const LAYERS: Layer[];
export const LAYERED_ROOTS: string[];
export function layerOf(file: string): Layer | undefined;
export function checkImport(file: string, specifier: string, typeOnly: boolean): string | undefined;
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[];
export function layerViolations(root: string): string[];
export const layeringPlugin: unknown;
