// Reads PC-Kassa version strings by the rule in DOMAIN.md ("How versions are read").
import { t, type Lang } from './i18n.js';

export const EDITIONS = ['fiscal', 'nonfiscal', 'norway'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface ParsedVersion {
  raw: string;
  major: number;
  release: number;
  edition: Edition;
}

const NORWAY_MARKER = '(?:NORSK|NORGE|NOR|NO)';
/**
 * A version string as the rule reads it (unanchored regex source, case-insensitive use): MAJOR, MINOR,
 * build parts and a Norwegian marker; groups 1–2 are MAJOR and MINOR, 3 or 4 the marker. The one
 * source for reading a version alone (`parseVersion`) and inside a text (the update-file check).
 */
export const VERSION_TEXT =
  'v?(\\d+)[,.](\\d+)(?:[.,]\\d+)*' +
  `(?:[ \\-_]+(${NORWAY_MARKER})\\b|\\s*\\(\\s*(${NORWAY_MARKER})\\s*\\))?`;
const VERSION_PATTERN = new RegExp(`^${VERSION_TEXT}$`, 'i');

export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value);
}

/**
 * Parses `38,5`, ` v38.05 `, `38.5.0.1234`, `38,5 NORSK`, `38.5-NO`, `38,5 (Norge)`, …
 * Returns null for anything else: an unknown version is never guessed.
 * An explicit edition from the data source wins over what the string says.
 */
export function parseVersion(raw: string, explicitEdition?: Edition): ParsedVersion | null {
  const match = VERSION_PATTERN.exec(raw.trim());
  if (!match) return null;
  const [, majorText, minorText, markerA, markerB] = match as unknown as [string, string, string, string?, string?];
  const major = Number.parseInt(majorText, 10);
  const release = Number.parseInt(minorText, 10);
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(release)) return null;
  const fromString: Edition =
    markerA || markerB ? 'norway' : minorText.length > 1 && minorText.startsWith('0') ? 'nonfiscal' : 'fiscal';
  return { raw, major, release, edition: explicitEdition ?? fromString };
}

/** Same MAJOR, release and edition: the tills can work together. */
export function sameVersion(a: ParsedVersion, b: ParsedVersion): boolean {
  return a.major === b.major && a.release === b.release && a.edition === b.edition;
}

/** Orders by MAJOR then release; editions are not ordered. */
export function compareRelease(a: Pick<ParsedVersion, 'major' | 'release'>, b: Pick<ParsedVersion, 'major' | 'release'>): number {
  return a.major - b.major || a.release - b.release;
}

/** The way the vendor writes it: `38,5`, `38,05`, `38,5 NORSK`. */
export function formatVersion(v: Pick<ParsedVersion, 'major' | 'release' | 'edition'>): string {
  switch (v.edition) {
    case 'fiscal':
      return `${v.major},${v.release}`;
    case 'nonfiscal':
      return `${v.major},0${v.release}`;
    case 'norway':
      return `${v.major},${v.release} NORSK`;
  }
}

/** A till's version for a table cell: as the vendor writes it, else the raw text marked `(?)`, else a dash. */
export function versionCell(till: { parsed: ParsedVersion | null; version?: string | undefined }): string {
  if (till.parsed) return formatVersion(till.parsed);
  return till.version === undefined ? '–' : `${till.version} (?)`;
}

/** "med kontrollbox" / "utan kontrollbox" / "norsk fiskal version". */
export function editionLabel(lang: Lang, edition: Edition): string {
  return t(lang, `edition.${edition}`);
}
