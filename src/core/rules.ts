// The fleet rules: a snapshot in, findings out. Pure; the caller chooses the language.
import { findDuplicateClientIds, normalizeClientId, suggestClientId, type ClientIdGroup } from './clientId.js';
import { isSelling, mergeTills, type Till } from './fleet.js';
import type { Finding } from './findings.js';
import { joinList, t, type Lang } from './i18n.js';
import { compareRelease, editionLabel, formatVersion, parseVersion, type Edition, type ParsedVersion } from './version.js';

export interface AnalyzedTill extends Till {
  parsed: ParsedVersion | null;
}

export interface FleetAssessment {
  tills: AnalyzedTill[];
  findings: Finding[];
  suggestedClientId: number;
}

export function assessFleet(tills: readonly Till[], lang: Lang): FleetAssessment {
  const analyzed = mergeTills(tills).map((till) => ({
    ...till,
    parsed: till.version === undefined ? null : parseVersion(till.version, till.edition),
  }));
  const suggestedClientId = suggestClientId(analyzed);
  const findings = [
    ...editionMismatch(analyzed, lang),
    ...duplicateClientIds(analyzed, suggestedClientId, lang),
    ...versionMismatch(analyzed, lang),
    ...unknownVersions(analyzed, lang),
    ...missingClientIds(analyzed, lang),
  ];
  return { tills: analyzed, findings, suggestedClientId };
}

type Known = AnalyzedTill & { parsed: ParsedVersion };
const known = (tills: AnalyzedTill[]): Known[] => tills.filter((x): x is Known => x.parsed !== null);
const names = (tills: readonly Till[]): string[] => tills.map((x) => x.name);

function describeTills(lang: Lang, tills: Known[]): string {
  return joinList(
    lang,
    tills.map((x) => t(lang, 'fleet.tillRuns', { till: x.name, version: formatVersion(x.parsed) })),
  );
}

/** The edition the selling tills agree on, or null when they do not (or there are none). */
export function sellingEdition(tills: readonly AnalyzedTill[]): Edition | null {
  const editions = new Set(known([...tills]).filter(isSelling).map((x) => x.parsed.edition));
  return editions.size === 1 ? [...editions][0]! : null;
}

function editionMismatch(tills: AnalyzedTill[], lang: Lang): Finding[] {
  const withVersion = known(tills);
  if (new Set(withVersion.map((x) => x.parsed.edition)).size < 2) return [];
  const target = sellingEdition(tills);
  if (target !== null) {
    const off = withVersion.filter((x) => x.parsed.edition !== target);
    const sample = withVersion.find((x) => isSelling(x) && x.parsed.edition === target)!;
    const targetVersion = formatVersion(sample.parsed);
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
  const withVersion = known(tills);
  if (withVersion.length < 2) return [];
  // A till given the wrong update file may carry a higher release of another edition; the target is
  // then the newest release of the selling tills' edition, so nobody is told to follow that mistake.
  const edition = sellingEdition(tills);
  const reference = edition === null ? withVersion : withVersion.filter((x) => x.parsed.edition === edition);
  const highest = reference.reduce((a, b) => (compareRelease(b.parsed, a.parsed) > 0 ? b : a));
  const behind = withVersion.filter((x) => compareRelease(x.parsed, highest.parsed) < 0);
  if (behind.length === 0) return [];
  const target = `${highest.parsed.major},${highest.parsed.release}`;
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
      advice: t(lang, 'fleet.version.advice', { tills: joinList(lang, names(behind)), target }),
    },
  ];
}

function duplicateClientIds(tills: AnalyzedTill[], suggested: number, lang: Lang): Finding[] {
  // Each group's advice hands out the next free IDs, so two groups are never told to use the same one.
  let nextFree = suggested;
  return findDuplicateClientIds(tills).map((group) => ({
    code: 'DUPLICATE_CLIENT_ID' as const,
    severity: 'error' as const,
    tills: names(group.tills),
    message: t(lang, 'fleet.duplicate.message', {
      tills: joinList(lang, names(group.tills)),
      id: displayId(group),
    }),
    advice: duplicateAdvice(group, nextFree, lang, (used) => (nextFree += used)),
  }));
}

function displayId(group: ClientIdGroup): string {
  return String(group.tills[0]!.clientId).trim();
}

function duplicateAdvice(group: ClientIdGroup, suggested: number, lang: Lang, use: (count: number) => void): string {
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
  const ids = toChange.map((_, i) => suggested + i);
  use(ids.length);
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
