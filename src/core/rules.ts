// The fleet rules: a snapshot in, findings out. Pure; the caller chooses the language.
import { clientIdNumber, findDuplicateClientIds, freeClientIds, MAX_CLIENT_ID, normalizeClientId, type ClientIdGroup, type FreeClientIds } from './clientId.js';
import { isSelling, mergeTills, type Till } from './fleet.js';
import type { Finding } from './findings.js';
import { joinList, t, type Lang } from './i18n.js';
import { compareRelease, editionLabel, formatVersion, parseVersion, type Edition, type ParsedVersion } from './version.js';

export interface AnalyzedTill extends Till {
  parsed: ParsedVersion | null;
}

/** A till whose version could be read. */
export type VersionedTill = AnalyzedTill & { parsed: ParsedVersion };

export interface FleetAssessment {
  tills: AnalyzedTill[];
  findings: Finding[];
  /** The first free Client ID (above the highest valid one in use): the first the duplicate-ID advice hands out. */
  suggestedClientId: number;
  /** The first ID the duplicate-ID advice left free: the one for a new till (e.g. a new backoffice). */
  nextFreeClientId: number;
}

/** The same machine listed twice becomes one till, and each till's version is read. */
export function analyzeTills(tills: readonly Till[]): AnalyzedTill[] {
  return mergeTills(tills).map((till) => ({
    ...till,
    parsed: till.version === undefined ? null : parseVersion(till.version, till.edition),
  }));
}

export function assessFleet(tills: readonly Till[], lang: Lang): FleetAssessment {
  const analyzed = analyzeTills(tills);
  const free = freeClientIds(analyzed);
  const suggestedClientId = free.peek();
  const findings = [
    ...editionMismatch(analyzed, lang),
    ...duplicateClientIds(analyzed, free, lang),
    ...versionMismatch(analyzed, lang),
    ...unknownVersions(analyzed, lang),
    ...missingClientIds(analyzed, lang),
    ...invalidClientIds(analyzed, lang),
  ];
  return { tills: analyzed, findings, suggestedClientId, nextFreeClientId: free.peek() };
}

export function versionedTills(tills: readonly AnalyzedTill[]): VersionedTill[] {
  return tills.filter((x): x is VersionedTill => x.parsed !== null);
}
const names = (tills: readonly Till[]): string[] => tills.map((x) => x.name);

/** "KASSA1 kör 38,5 och KASSA2 kör 38,05". */
export function describeTills(lang: Lang, tills: readonly VersionedTill[]): string {
  return joinList(
    lang,
    tills.map((x) => t(lang, 'fleet.tillRuns', { till: x.name, version: formatVersion(x.parsed) })),
  );
}

/** The till on the highest release among these (the first of equals); undefined for none. */
export function newestTill<T extends { parsed: ParsedVersion }>(tills: readonly T[]): T | undefined {
  return tills.reduce<T | undefined>((a, b) => (a === undefined || compareRelease(b.parsed, a.parsed) > 0 ? b : a), undefined);
}

/** The edition the selling tills agree on, or null when they do not (or there are none). */
export function sellingEdition(tills: readonly AnalyzedTill[]): Edition | null {
  const editions = new Set(versionedTills(tills).filter(isSelling).map((x) => x.parsed.edition));
  return editions.size === 1 ? [...editions][0]! : null;
}

/**
 * The version every till (and a new backoffice) must run. The selling tills set the edition: a
 * backoffice must run theirs, and a till given the wrong update file (a higher release of another
 * edition) is never followed. Within that edition the newest release on any till is the target:
 * updating one till, a backoffice included, makes all the others need the update too.
 * `disagree`: the selling tills run different editions; `unknown`: no selling till's version is known.
 */
export type VersionTarget =
  | { status: 'known'; edition: Edition; version: ParsedVersion; /** a till that runs it */ till: string }
  | { status: 'disagree'; selling: VersionedTill[] }
  | { status: 'unknown' };

export function versionTarget(tills: readonly AnalyzedTill[]): VersionTarget {
  const versioned = versionedTills(tills);
  const edition = sellingEdition(tills);
  if (edition === null) {
    const selling = versioned.filter(isSelling);
    return selling.length ? { status: 'disagree', selling } : { status: 'unknown' };
  }
  // A selling till runs this edition, so there is a newest.
  const newest = newestTill(versioned.filter((x) => x.parsed.edition === edition))!;
  return { status: 'known', edition, version: newest.parsed, till: newest.name };
}

function editionMismatch(tills: AnalyzedTill[], lang: Lang): Finding[] {
  const withVersion = versionedTills(tills);
  if (new Set(withVersion.map((x) => x.parsed.edition)).size < 2) return [];
  const fleet = versionTarget(tills);
  if (fleet.status === 'known') {
    const target = fleet.edition;
    const off = withVersion.filter((x) => x.parsed.edition !== target);
    const targetVersion = formatVersion(fleet.version);
    return [
      {
        code: 'EDITION_MISMATCH',
        severity: 'error',
        tills: names(off),
        message: t(lang, 'fleet.edition.message', {
          tills: describeTills(lang, off),
          target: targetVersion,
          label: editionLabel(lang, target),
        }),
        advice: t(lang, 'fleet.edition.advice', {
          tills: joinList(lang, names(off)),
          target: targetVersion,
          label: editionLabel(lang, target),
        }),
      },
    ];
  }
  return [
    {
      code: 'EDITION_MISMATCH',
      severity: 'error',
      tills: names(withVersion),
      message: t(lang, 'fleet.edition.sellingDisagree', { tills: describeTills(lang, withVersion) }),
      advice: t(lang, 'fleet.edition.askResponsible'),
    },
  ];
}

function versionMismatch(tills: AnalyzedTill[], lang: Lang): Finding[] {
  const withVersion = versionedTills(tills);
  if (withVersion.length < 2) return [];
  // Without an edition the selling tills agree on (EDITION_MISMATCH says so), the newest release of any till.
  const target = versionTarget(tills);
  const highest = target.status === 'known' ? { name: target.till, parsed: target.version } : newestTill(withVersion)!;
  const behind = withVersion.filter((x) => compareRelease(x.parsed, highest.parsed) < 0);
  if (behind.length === 0) return [];
  const release = `${highest.parsed.major},${highest.parsed.release}`;
  return [
    {
      code: 'VERSION_MISMATCH',
      severity: 'warning',
      tills: names(behind),
      message: t(lang, 'fleet.version.message', {
        tills: describeTills(lang, behind),
        newest: highest.name,
        target: formatVersion(highest.parsed),
      }),
      advice: t(lang, 'fleet.version.advice', { tills: joinList(lang, names(behind)), target: release }),
    },
  ];
}

/** Each group's advice takes the next free IDs, so two groups are never told to use the same one. */
function duplicateClientIds(tills: AnalyzedTill[], free: FreeClientIds, lang: Lang): Finding[] {
  return findDuplicateClientIds(tills).map((group) => ({
    code: 'DUPLICATE_CLIENT_ID' as const,
    severity: 'error' as const,
    tills: names(group.tills),
    message: t(lang, 'fleet.duplicate.message', {
      tills: joinList(lang, names(group.tills)),
      id: displayId(group),
    }),
    advice: duplicateAdvice(group, free, lang),
  }));
}

function displayId(group: ClientIdGroup): string {
  return String(group.tills[0]!.clientId).trim();
}

function duplicateAdvice(group: ClientIdGroup, free: FreeClientIds, lang: Lang): string {
  const selling = group.tills.filter(isSelling);
  if (selling.length >= 2) {
    return t(lang, 'fleet.duplicate.adviceSupport', { tills: joinList(lang, names(selling)) });
  }
  // Never a selling till's ID: it can knock out its control box. With no selling till in the
  // group, one of them keeps the ID (the first by name, so the advice is stable).
  const toChange =
    selling.length === 1
      ? group.tills.filter((x) => !isSelling(x))
      : [...group.tills].sort((a, b) => a.name.localeCompare(b.name)).slice(1);
  const ids = toChange.map(() => free.take());
  const base = t(lang, 'fleet.duplicate.adviceChange', {
    tills: joinList(lang, names(toChange)),
    ids: joinList(lang, ids.map(String)),
  });
  return selling.length === 1
    ? `${base} ${t(lang, 'fleet.duplicate.neverSelling', { till: selling[0]!.name })}`
    : base;
}

function unknownVersions(tills: AnalyzedTill[], lang: Lang): Finding[] {
  return tills
    .filter((x) => x.parsed === null)
    .map((x) => ({
      code: 'UNKNOWN_VERSION' as const,
      severity: 'warning' as const,
      tills: [x.name],
      message:
        x.version === undefined
          ? t(lang, 'fleet.unknown.noVersion', { till: x.name })
          : t(lang, 'fleet.unknown.message', { till: x.name, raw: x.version }),
      advice: t(lang, 'fleet.unknown.advice', { till: x.name }),
    }));
}

/** An ID that is there but no whole number PC-Kassa can hold: bad data, or a profile reading the wrong column. */
function invalidClientIds(tills: AnalyzedTill[], lang: Lang): Finding[] {
  return tills
    .filter((x) => normalizeClientId(x.clientId) !== null && clientIdNumber(x.clientId) === null)
    .map((x) => ({
      code: 'INVALID_CLIENT_ID' as const,
      severity: 'warning' as const,
      tills: [x.name],
      message: t(lang, 'fleet.invalidId.message', { till: x.name, id: String(x.clientId).trim(), max: MAX_CLIENT_ID }),
      advice: t(lang, 'fleet.invalidId.advice', { till: x.name }),
    }));
}

function missingClientIds(tills: AnalyzedTill[], lang: Lang): Finding[] {
  return tills
    .filter((x) => normalizeClientId(x.clientId) === null)
    .map((x) => ({
      code: 'MISSING_CLIENT_ID' as const,
      severity: 'warning' as const,
      tills: [x.name],
      message: t(lang, 'fleet.missingId.message', { till: x.name }),
      advice: t(lang, 'fleet.missingId.advice', { till: x.name }),
    }));
}
