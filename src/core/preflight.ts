// The checklist before installing a new backoffice, as the vendor's guide makes a person collect it
// by hand: the server string, a free Client ID, the update file, every till on one version, this PC
// restarted, and the two settings after the install. Pure: what was measured in, items out.
import type { Till } from './fleet.js';
import { joinList, t, type Lang } from './i18n.js';
import type { UnreachableReason } from './poll.js';
import { unreachableMessage } from './pollAssessment.js';
import { assessFleet, describeTills, versionedTills, versionTarget, type AnalyzedTill, type VersionedTill, type VersionTarget } from './rules.js';
import { describeVerdict, type Verdict } from './verdict.js';
import { compareRelease, editionLabel, formatVersion, type Edition } from './version.js';

export const UPDATE_FILE_NAME = 'pckassaupp32.exe';
export const INSTALLER_FILE_NAME = 'pckassaclient_nocc.exe';

export type PreflightItemId =
  | 'serverString'
  | 'clientId'
  | 'updateFile'
  | 'sameVersion'
  | 'restart'
  | 'backofficeSetting'
  | 'cashFloatSetting';
export type PreflightStatus = 'ok' | 'todo' | 'unknown';
/** Whether the item has to be done before the installer runs, or in the till program afterwards. */
export type PreflightWhen = 'beforeInstall' | 'afterInstall';

export interface PreflightItem {
  id: PreflightItemId;
  status: PreflightStatus;
  when: PreflightWhen;
  title: string;
  detail: string;
}

/** One way to write the main till's address; `works` is null when it was not tried from here. */
export interface ServerStringOption {
  server: string;
  kind: 'address' | 'computerName';
  works: boolean | null;
}

export type RestartReason = 'componentServicing' | 'windowsUpdate' | 'fileRename' | 'rebootRequiredFile';
export type RestartState =
  | { status: 'pending'; reasons: RestartReason[] }
  | { status: 'notPending' }
  | { status: 'unknown'; detail: string }
  /** Not a PC where Kassavakt can tell (not Windows, no marker of the OS's own). */
  | { status: 'notApplicable' };

export type PreflightConnection =
  | {
      reached: true;
      tills: readonly Till[];
      serverStrings: readonly ServerStringOption[];
      /** False when the tills query failed: the sessions are known, their versions and IDs are not. */
      tillsReadable: boolean;
    }
  /** `verdict`: the connection doctor's diagnosis of the server string, when it ran. */
  | { reached: false; server: string; reason: UnreachableReason; detail: string; verdict?: Verdict };

export interface PreflightInput {
  connection: PreflightConnection;
  restart: RestartState;
}

export type UpdateFileAdvice =
  | { status: 'known'; version: string; edition: Edition; label: string; fileName: string }
  | { status: 'disagree' | 'unknown' };

export interface Preflight {
  reached: boolean;
  items: PreflightItem[];
  /** The server string to type into the installer: one that works from here, first. */
  serverString: string | null;
  serverStrings: ServerStringOption[];
  clientId: number | null;
  updateFile: UpdateFileAdvice | null;
}

export function buildPreflight(input: PreflightInput, lang: Lang): Preflight {
  const { connection } = input;
  const after = afterInstallItems(lang);
  const restart = restartItem(input.restart, lang);
  if (!connection.reached) {
    const needs = (id: PreflightItemId): PreflightItem =>
      item(lang, id, 'unknown', t(lang, 'preflight.needsConnection'));
    const unreachable = connection.verdict
      ? Object.values(describeVerdict(lang, connection.verdict)).join(' ')
      : unreachableMessage(lang, connection, connection.server);
    return {
      reached: false,
      items: [
        item(lang, 'serverString', 'todo', `${unreachable} ${t(lang, 'preflight.serverString.findByHand')}`),
        needs('clientId'),
        needs('updateFile'),
        needs('sameVersion'),
        restart,
        ...after,
      ],
      serverString: null,
      serverStrings: [],
      clientId: null,
      updateFile: null,
    };
  }

  const serverStrings = orderServerStrings(connection.serverStrings);
  const serverString = serverStrings.find((s) => s.works === true)?.server ?? serverStrings[0]?.server ?? null;
  const fleet = connection.tillsReadable ? fleetItems(connection.tills, lang) : unreadableFleetItems(lang);
  return {
    reached: true,
    items: [serverStringItem(serverStrings, lang), fleet.clientId, fleet.updateFile, fleet.sameVersion, restart, ...after],
    serverString,
    serverStrings,
    clientId: fleet.clientIdValue,
    updateFile: fleet.updateFileValue,
  };
}

/** 3 when the main till could not be reached, 1 when anything must be done before the install, else 0. */
export function preflightExitCode(preflight: Pick<Preflight, 'reached' | 'items'>): 0 | 1 | 3 {
  if (!preflight.reached) return 3;
  return preflight.items.some((i) => i.status === 'todo' && i.when === 'beforeInstall') ? 1 : 0;
}

/** The checklist as lines for a terminal. */
export function renderPreflight(preflight: Preflight, lang: Lang): string {
  const lines = [t(lang, 'preflight.heading'), ''];
  for (const entry of preflight.items) {
    const mark = entry.when === 'afterInstall' ? t(lang, 'preflight.mark.afterInstall') : t(lang, `preflight.mark.${entry.status}`);
    lines.push(`[${mark}] ${entry.title}`, `   ${entry.detail}`);
  }
  if (!preflight.reached) lines.push('', t(lang, 'preflight.offlineSummary'));
  return lines.join('\n');
}

function item(lang: Lang, id: PreflightItemId, status: PreflightStatus, detail: string, when: PreflightWhen = 'beforeInstall'): PreflightItem {
  return { id, status, when, title: t(lang, `preflight.${id}.title`), detail };
}

const KIND_ORDER: Record<ServerStringOption['kind'], number> = { address: 0, computerName: 1 };
const WORKS_ORDER = (works: boolean | null) => (works === true ? 0 : works === null ? 1 : 2);

/** The ones that work from here first; the IP address before the computer name, as the guide does. */
function orderServerStrings(options: readonly ServerStringOption[]): ServerStringOption[] {
  const seen = new Set<string>();
  return options
    .filter((o) => {
      const key = o.server.toUpperCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => WORKS_ORDER(a.works) - WORKS_ORDER(b.works) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

function serverStringItem(options: readonly ServerStringOption[], lang: Lang): PreflightItem {
  const first = options[0];
  if (!first) return item(lang, 'serverString', 'todo', t(lang, 'preflight.serverString.findByHand'));
  const others = options.slice(1).map((o) => t(lang, `preflight.serverString.other.${worksKey(o.works)}`, { server: o.server }));
  const alternatives = others.length ? ` ${t(lang, 'preflight.serverString.alternatives', { list: joinList(lang, others) })}` : '';
  if (first.works === true) return item(lang, 'serverString', 'ok', `${t(lang, 'preflight.serverString.use', { server: first.server })}${alternatives}`);
  return item(lang, 'serverString', 'todo', `${t(lang, 'preflight.serverString.noneWorks', { server: first.server })}${alternatives}`);
}

function worksKey(works: boolean | null): 'works' | 'fails' | 'untried' {
  return works === true ? 'works' : works === false ? 'fails' : 'untried';
}

interface FleetItems {
  clientId: PreflightItem;
  updateFile: PreflightItem;
  sameVersion: PreflightItem;
  clientIdValue: number | null;
  updateFileValue: UpdateFileAdvice | null;
}

function unreadableFleetItems(lang: Lang): FleetItems {
  const detail = `${t(lang, 'profile.failed.message')} ${t(lang, 'profile.failed.advice')}`;
  return {
    clientId: item(lang, 'clientId', 'unknown', `${detail} ${t(lang, 'preflight.clientId.neverSelling')}`),
    updateFile: item(lang, 'updateFile', 'unknown', detail),
    sameVersion: item(lang, 'sameVersion', 'unknown', detail),
    clientIdValue: null,
    updateFileValue: { status: 'unknown' },
  };
}

function fleetItems(tills: readonly Till[], lang: Lang): FleetItems {
  const assessment = assessFleet(tills, lang);
  // Past the IDs that the duplicate-ID advice hands out, so the new backoffice does not collide.
  const clientIdValue = assessment.nextFreeClientId;
  const target = versionTarget(assessment.tills);
  const updateFileValue: UpdateFileAdvice =
    target.status === 'known'
      ? {
          status: 'known',
          version: formatVersion(target.version),
          edition: target.edition,
          label: editionLabel(lang, target.edition),
          fileName: UPDATE_FILE_NAME,
        }
      : { status: target.status };
  return {
    clientId: clientIdItem(assessment.tills, assessment.findings, clientIdValue, lang),
    updateFile: updateFileItem(target, lang),
    sameVersion: sameVersionItem(assessment.tills, target, lang),
    clientIdValue,
    updateFileValue,
  };
}

function clientIdItem(
  tills: readonly AnalyzedTill[],
  findings: ReturnType<typeof assessFleet>['findings'],
  id: number,
  lang: Lang,
): PreflightItem {
  const used = [...new Set(tills.map((x) => (x.clientId === undefined ? '' : String(x.clientId).trim())).filter((x) => x !== ''))];
  const parts = [
    t(lang, 'preflight.clientId.use', { id }),
    used.length ? t(lang, 'preflight.clientId.used', { ids: joinList(lang, used) }) : t(lang, 'preflight.clientId.noneUsed'),
    t(lang, 'preflight.clientId.neverSelling'),
  ];
  for (const duplicate of findings.filter((f) => f.code === 'DUPLICATE_CLIENT_ID')) {
    parts.push(t(lang, 'preflight.clientId.duplicate', { message: duplicate.message, advice: duplicate.advice }));
  }
  return item(lang, 'clientId', 'ok', parts.join(' '));
}

function updateFileItem(target: VersionTarget, lang: Lang): PreflightItem {
  switch (target.status) {
    case 'known':
      return item(
        lang,
        'updateFile',
        'ok',
        t(lang, 'preflight.updateFile.download', {
          file: UPDATE_FILE_NAME,
          installer: INSTALLER_FILE_NAME,
          version: formatVersion(target.version),
          label: editionLabel(lang, target.edition),
        }),
      );
    case 'disagree':
      return item(lang, 'updateFile', 'todo', disagreeText(target.selling, lang));
    case 'unknown':
      return item(lang, 'updateFile', 'unknown', t(lang, 'preflight.updateFile.unknown', { file: UPDATE_FILE_NAME }));
  }
}

function disagreeText(selling: readonly VersionedTill[], lang: Lang): string {
  return `${t(lang, 'preflight.updateFile.disagree', { tills: describeTills(lang, selling) })} ${t(lang, 'fleet.edition.askResponsible')}`;
}

/** Tills behind are updated from the menu; tills of another edition need the right update file (the menu keeps a till's edition). */
function sameVersionItem(tills: readonly AnalyzedTill[], target: VersionTarget, lang: Lang): PreflightItem {
  const unknownTills = tills.filter((x) => x.parsed === null).map((x) => x.name);
  const unknownNote = unknownTills.length ? t(lang, 'preflight.sameVersion.unknownTills', { tills: joinList(lang, unknownTills) }) : '';
  if (target.status === 'unknown') return item(lang, 'sameVersion', 'unknown', t(lang, 'preflight.sameVersion.noSellingVersion'));
  if (target.status === 'disagree') return item(lang, 'sameVersion', 'todo', disagreeText(target.selling, lang));

  const known = versionedTills(tills);
  const { version, edition } = target;
  const params = { version: formatVersion(version), label: editionLabel(lang, edition) };
  const behind = known.filter((x) => x.parsed.edition === edition && compareRelease(x.parsed, version) < 0);
  const otherEdition = known.filter((x) => x.parsed.edition !== edition);
  if (behind.length === 0 && otherEdition.length === 0) {
    const allSame = t(lang, 'preflight.sameVersion.allSame', { count: known.length, ...params });
    return unknownTills.length ? item(lang, 'sameVersion', 'unknown', `${allSame} ${unknownNote}`) : item(lang, 'sameVersion', 'ok', allSame);
  }
  const parts = [t(lang, 'preflight.sameVersion.updateFirst', { newest: target.till, ...params })];
  if (behind.length) parts.push(t(lang, 'preflight.sameVersion.behind', { tills: describeTills(lang, behind), names: joinList(lang, behind.map((x) => x.name)), ...params }));
  if (otherEdition.length) {
    parts.push(t(lang, 'preflight.sameVersion.otherEdition', { tills: describeTills(lang, otherEdition), names: joinList(lang, otherEdition.map((x) => x.name)), file: UPDATE_FILE_NAME, ...params }));
  }
  if (unknownNote) parts.push(unknownNote);
  parts.push(t(lang, 'preflight.sameVersion.why'));
  return item(lang, 'sameVersion', 'todo', parts.join(' '));
}

function restartItem(restart: RestartState, lang: Lang): PreflightItem {
  switch (restart.status) {
    case 'pending': {
      const reasons = joinList(lang, restart.reasons.map((r) => t(lang, `preflight.restart.reason.${r}`)));
      return item(lang, 'restart', 'todo', t(lang, 'preflight.restart.pending', { reasons }));
    }
    case 'notPending':
      return item(lang, 'restart', 'ok', t(lang, 'preflight.restart.notPending'));
    case 'unknown':
      return item(lang, 'restart', 'unknown', t(lang, 'preflight.restart.unknown', { detail: restart.detail }));
    case 'notApplicable':
      return item(lang, 'restart', 'unknown', t(lang, 'preflight.restart.notApplicable'));
  }
}

function afterInstallItems(lang: Lang): PreflightItem[] {
  return [
    item(lang, 'backofficeSetting', 'todo', t(lang, 'preflight.backofficeSetting.detail'), 'afterInstall'),
    item(lang, 'cashFloatSetting', 'todo', t(lang, 'preflight.cashFloatSetting.detail'), 'afterInstall'),
  ];
}
