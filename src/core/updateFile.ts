// Judges a PC-Kassa update file or installer from its version strings: which kind, which version and
// edition it installs, and whether that is what the fleet's selling tills run. Pure; the reading of the
// file is done elsewhere and handed in as a FileReading.
import type { Till } from './fleet.js';
import { joinList, t, type Lang } from './i18n.js';
import { analyzeTills, describeTills, versionTarget, type VersionTarget } from './rules.js';
import { compareRelease, editionLabel, formatVersion, parseVersion, sameVersion, VERSION_TEXT, type Edition, type ParsedVersion } from './version.js';

export const VERSION_STRING_KEYS = [
  'ProductName',
  'FileDescription',
  'FileVersion',
  'ProductVersion',
  'CompanyName',
  'OriginalFilename',
  'InternalName',
] as const;
export type VersionStringKey = (typeof VERSION_STRING_KEYS)[number];
export type VersionStrings = Partial<Record<VersionStringKey, string>>;

/** What reading the file gave: its version strings, or why there are none. */
export type FileReading =
  | { status: 'ok'; strings: VersionStrings; fixedFileVersion: string | null }
  | { status: 'empty' | 'notPe' | 'truncated' | 'damaged' | 'noVersionResource' | 'missing' | 'notAFile' }
  | { status: 'tooLarge'; size: number; limit: number }
  | { status: 'unreadable'; detail: string }
  /** The reading did not finish within its time limit (and was stopped). */
  | { status: 'timedOut'; seconds: number };
export type ReadingProblem = Exclude<FileReading['status'], 'ok'>;

/**
 * How we assume the vendor (Nutid) labels its files. The real files were not at hand when this was
 * written: this is the one place to correct against a real `pckassaupp32.exe`.
 * Assumed strings of an update file (lang 1053 Swedish, codepage 1200):
 *   CompanyName "Nutid AB", ProductName "PC-Kassa 38,5" | "PC-Kassa 38,05" | "PC-Kassa 38,5 NORSK",
 *   FileDescription "Uppdatering PC-Kassa 38,5", ProductVersion "38,5" (same forms as ProductName),
 *   FileVersion "38.5.0.0" (built from the numbers, so the same for 38,5 and 38,05),
 *   OriginalFilename "pckassaupp32.exe".
 * The installer: ProductName "Nutid - PC Kassa", FileDescription "Installationsprogram PC-Kassa klient",
 *   OriginalFilename "pckassaclient_nocc.exe"; one installer for every edition.
 */
export const PC_KASSA_FILE_CONVENTION = {
  /** In CompanyName or ProductName: the file comes from PC-Kassa's vendor. */
  vendor: /\bnutid\b|\bpc[\s-]?kassa\b/i,
  /** OriginalFilename / InternalName / the name on disk (browsers add " (1)"). */
  updateFileName: /^pckassaupp/i,
  installerFileName: /^pckassaclient/i,
  updateDescription: /\b(uppdatering|oppdatering|update)/i,
  installerDescription: /\b(install|setup)/i,
  /** Where a version like `38,5`, `38,05` or `38,5 NORSK` is looked for, most trusted first. */
  versionFields: ['ProductVersion', 'ProductName', 'FileDescription', 'FileVersion'] as const,
  /** A Norwegian word anywhere in these strings makes the file the Norwegian edition. */
  norwayWords: /\b(norsk|norge|norway|norwegian)\b/i,
} as const;

export type UpdateFileKind = 'update' | 'installer' | 'other';
export type UpdateFileOutcome =
  | 'right'
  | 'rightNewer'
  | 'rightInstaller'
  | 'wrongEdition'
  | 'olderRelease'
  | 'noFleet'
  | 'fleetUnknown'
  | 'fleetDisagrees'
  | 'versionUnknown'
  | 'notPcKassa'
  | 'otherPcKassaFile'
  | ReadingProblem;

export interface UpdateFileVerdict {
  file: string;
  kind: UpdateFileKind;
  productName: string | null;
  fileVersion: string | null;
  version: ParsedVersion | null;
  fleetEdition: Edition | null;
  matches: boolean | null;
  outcome: UpdateFileOutcome;
  message: string;
  advice: string;
}

/** Exit code of `inspect-update`: 0 matches, 1 does not match, 2 cannot tell. */
export function verdictExitCode(verdict: Pick<UpdateFileVerdict, 'matches'>): 0 | 1 | 2 {
  return verdict.matches === true ? 0 : verdict.matches === false ? 1 : 2;
}

/**
 * The fleet's version target (see `versionTarget`) as the update-file check words it: the disagreeing
 * selling tills described, or no fleet at all.
 */
export type FleetTarget =
  | Exclude<VersionTarget, { status: 'disagree' }>
  | { status: 'disagree'; tills: string }
  | { status: 'noFleet' };

export function fleetTarget(tills: readonly Till[] | undefined, lang: Lang): FleetTarget {
  if (tills === undefined) return { status: 'noFleet' };
  const target = versionTarget(analyzeTills(tills));
  return target.status === 'disagree' ? { status: 'disagree', tills: describeTills(lang, target.selling) } : target;
}

/** Which version the strings name; null with the reason when they do not say it unambiguously. */
export type FoundVersion =
  | { version: ParsedVersion }
  | { version: null; reason: 'none' }
  | { version: null; reason: 'ambiguous'; raw: string }
  | { version: null; reason: 'conflict'; found: string[] };

/** A version as `parseVersion` reads it, anywhere in a text (not inside a longer number). */
const VERSION_IN_TEXT = new RegExp(`(?<![\\w.,])${VERSION_TEXT}`, 'gi');

interface Candidate {
  text: string;
  parsed: ParsedVersion;
  /** `38.5.0.0`: four numbers say nothing about the edition (38,05 gives the same numbers). */
  ambiguous: boolean;
}

export function findVersion(strings: VersionStrings): FoundVersion {
  const norwayWord = VERSION_STRING_KEYS.some((k) => PC_KASSA_FILE_CONVENTION.norwayWords.test(strings[k] ?? ''));
  const candidates: Candidate[] = [];
  for (const field of PC_KASSA_FILE_CONVENTION.versionFields) {
    for (const match of (strings[field] ?? '').matchAll(VERSION_IN_TEXT)) {
      const text = match[0].trim();
      const parsed = parseVersion(text);
      if (!parsed) continue;
      const parts = text.replace(/^v/i, '').split(/[.,]/);
      const ambiguous = parsed.edition === 'fiscal' && !text.includes(',') && parts.length >= 3;
      candidates.push({ text, parsed, ambiguous });
    }
  }
  const telling = candidates.filter((c) => !c.ambiguous || (norwayWord && c.parsed.edition === 'fiscal'));
  if (telling.length === 0) {
    return candidates.length === 0 ? { version: null, reason: 'none' } : { version: null, reason: 'ambiguous', raw: candidates[0]!.text };
  }
  const withWord = telling.map((c): Candidate => (norwayWord && c.parsed.edition === 'fiscal' ? { ...c, parsed: { ...c.parsed, edition: 'norway' } } : c));
  const first = withWord[0]!;
  const disagreeing = withWord.filter((c) => !sameVersion(c.parsed, first.parsed) || (norwayWord && c.parsed.edition !== 'norway'));
  if (disagreeing.length > 0) {
    return { version: null, reason: 'conflict', found: [...new Set(withWord.map((c) => c.text))] };
  }
  return { version: first.parsed };
}

export function classifyKind(strings: VersionStrings, fileName: string): UpdateFileKind {
  const c = PC_KASSA_FILE_CONVENTION;
  if (!c.vendor.test(strings.CompanyName ?? '') && !c.vendor.test(strings.ProductName ?? '')) return 'other';
  const ownNames = [strings.OriginalFilename, strings.InternalName].map((n) => n?.trim() ?? '');
  if (ownNames.some((n) => c.installerFileName.test(n))) return 'installer';
  if (ownNames.some((n) => c.updateFileName.test(n))) return 'update';
  const description = strings.FileDescription ?? '';
  if (c.installerDescription.test(description)) return 'installer';
  if (c.updateDescription.test(description)) return 'update';
  // The vendor's own name for the file outranks what it was saved as.
  if (ownNames.some((n) => n !== '')) return 'other';
  const onDisk = baseName(fileName);
  if (c.installerFileName.test(onDisk)) return 'installer';
  if (c.updateFileName.test(onDisk)) return 'update';
  return 'other';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export interface UpdateFileInput {
  /** The path as the user gave it; only its last part is used for the decision. */
  file: string;
  reading: FileReading;
  /** The fleet to compare with; undefined when it is not known. */
  tills?: readonly Till[] | undefined;
}

export function judgeUpdateFile(input: UpdateFileInput, lang: Lang): UpdateFileVerdict {
  const { file, reading } = input;
  const target = fleetTarget(input.tills, lang);
  const fleetEdition = target.status === 'known' ? target.edition : null;
  const base = { file, productName: null, fileVersion: null, version: null, fleetEdition, matches: null };
  if (reading.status !== 'ok') {
    return { ...base, kind: 'other', outcome: reading.status, ...readingProblemText(reading, lang) };
  }
  const { strings } = reading;
  const kind = classifyKind(strings, file);
  const found = findVersion(strings);
  const described = {
    ...base,
    kind,
    productName: strings.ProductName?.trim() || null,
    fileVersion: strings.FileVersion?.trim() || reading.fixedFileVersion,
    // Only a PC-Kassa file installs a PC-Kassa version.
    version: kind === 'other' ? null : found.version,
  };
  const decision =
    kind === 'other'
      ? otherFile(strings, file, lang)
      : kind === 'installer'
        ? installer(target, lang)
        : found.version === null
          ? unknownUpdateVersion(found, target, lang)
          : updateFile(found.version, target, lang);
  return { ...described, ...decision };
}

type Decision = Pick<UpdateFileVerdict, 'matches' | 'outcome' | 'message' | 'advice'>;

function readingProblemText(reading: Exclude<FileReading, { status: 'ok' }>, lang: Lang): Pick<UpdateFileVerdict, 'message' | 'advice'> {
  switch (reading.status) {
    case 'tooLarge':
      return {
        message: t(lang, 'update.tooLarge.message', { size: megabytes(reading.size), limit: megabytes(reading.limit) }),
        advice: t(lang, 'update.tooLarge.advice'),
      };
    case 'unreadable':
      return { message: t(lang, 'update.unreadable.message', { detail: reading.detail }), advice: t(lang, 'update.unreadable.advice') };
    case 'timedOut':
      return { message: t(lang, 'update.timedOut.message', { seconds: reading.seconds }), advice: t(lang, 'update.timedOut.advice') };
    default:
      return { message: t(lang, `update.${reading.status}.message`), advice: t(lang, `update.${reading.status}.advice`) };
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function otherFile(strings: VersionStrings, file: string, lang: Lang): Decision {
  const c = PC_KASSA_FILE_CONVENTION;
  const product = strings.ProductName?.trim() || strings.FileDescription?.trim() || strings.CompanyName?.trim() || baseName(file);
  const fromVendor = c.vendor.test(strings.CompanyName ?? '') || c.vendor.test(strings.ProductName ?? '');
  const key = fromVendor ? 'otherPcKassaFile' : 'notPcKassa';
  return { matches: null, outcome: key, message: t(lang, `update.${key}.message`, { product }), advice: t(lang, `update.${key}.advice`) };
}

function installer(target: FleetTarget, lang: Lang): Decision {
  switch (target.status) {
    case 'known':
      return {
        matches: true,
        outcome: 'rightInstaller',
        message: t(lang, 'update.installer.right.message'),
        advice: t(lang, 'update.installer.right.advice', targetParams(target, lang)),
      };
    case 'disagree':
      return {
        matches: null,
        outcome: 'fleetDisagrees',
        message: `${t(lang, 'update.installer.message')} ${t(lang, 'update.fleetDisagrees.tills', { tills: target.tills })}`,
        advice: t(lang, 'fleet.edition.askResponsible'),
      };
    default:
      return {
        matches: null,
        outcome: target.status === 'noFleet' ? 'noFleet' : 'fleetUnknown',
        message: t(lang, 'update.installer.message'),
        advice: t(lang, 'update.installer.noFleet.advice'),
      };
  }
}

function targetParams(target: Extract<FleetTarget, { status: 'known' }>, lang: Lang) {
  return { fleetVersion: formatVersion(target.version), fleetLabel: editionLabel(lang, target.edition) };
}

function unknownUpdateVersion(found: Exclude<FoundVersion, { version: ParsedVersion }>, target: FleetTarget, lang: Lang): Decision {
  const message =
    found.reason === 'ambiguous'
      ? t(lang, 'update.versionUnknown.ambiguous', { raw: found.raw })
      : found.reason === 'conflict'
        ? t(lang, 'update.versionUnknown.conflict', { found: joinList(lang, found.found) })
        : t(lang, 'update.versionUnknown.none');
  const advice =
    target.status === 'known'
      ? t(lang, 'update.versionUnknown.adviceFleet', targetParams(target, lang))
      : t(lang, 'update.versionUnknown.advice');
  return { matches: null, outcome: 'versionUnknown', message, advice };
}

function updateFile(version: ParsedVersion, target: FleetTarget, lang: Lang): Decision {
  const own = { version: formatVersion(version), label: editionLabel(lang, version.edition) };
  switch (target.status) {
    case 'noFleet':
    case 'unknown': {
      const key = target.status === 'noFleet' ? 'update.noFleet.message' : 'update.fleetUnknown.message';
      return { matches: null, outcome: target.status === 'noFleet' ? 'noFleet' : 'fleetUnknown', message: t(lang, key, own), advice: t(lang, 'update.checkFleet.advice', own) };
    }
    case 'disagree':
      return {
        matches: null,
        outcome: 'fleetDisagrees',
        message: `${t(lang, 'update.noFleet.message', own)} ${t(lang, 'update.fleetDisagrees.tills', { tills: target.tills })}`,
        advice: t(lang, 'fleet.edition.askResponsible'),
      };
    case 'known': {
      const params = { ...own, ...targetParams(target, lang) };
      if (version.edition !== target.edition) {
        return { matches: false, outcome: 'wrongEdition', message: t(lang, 'update.wrongEdition.message', params), advice: t(lang, 'update.wrongEdition.advice', params) };
      }
      const order = compareRelease(version, target.version);
      if (order < 0) {
        return { matches: false, outcome: 'olderRelease', message: t(lang, 'update.older.message', params), advice: t(lang, 'update.older.advice', params) };
      }
      if (order > 0) {
        return { matches: true, outcome: 'rightNewer', message: t(lang, 'update.newer.message', params), advice: t(lang, 'update.newer.advice', params) };
      }
      return { matches: true, outcome: 'right', message: t(lang, 'update.right.message', params), advice: t(lang, 'update.right.advice') };
    }
  }
}
