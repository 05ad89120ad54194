export interface LicenceEntry {
  title: string;
  licence: string;
  how: string;
  texts: Array<{ file: string; text: string }>;
}
export function bundledPackageDirs(metafile: { inputs: Record<string, unknown> }): string[];
export function packageEntry(dir: string, how: string, fallback?: LicenceEntry): LicenceEntry;
export function programEntry(title: string, licence: string, how: string, files: string[]): LicenceEntry;
export function licencesText(product: string, entries: LicenceEntry[]): string;
