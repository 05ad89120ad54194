// One probe of the doctor in the user's words, for the terminal and the Anslutning page alike.
import { t, type Lang } from '../../core/i18n.js';
import type { ProbeRecord } from './probeRecord.js';

/** "SQL Server Browser (UDP 1434)", "TCP-port 1433", "Inloggning", … */
export function probeLabel(lang: Lang, probe: ProbeRecord): string {
  return t(lang, `doctor.probe.${probe.probe}`, { port: probe.port ?? '' });
}

/** What the probe saw: "lyssnar", "hittade PCKASSA på port 49712", … (a found instance's TCP port is in `detail`). */
export function probeStateText(lang: Lang, probe: ProbeRecord): string {
  const detail = probe.detail ?? '';
  return t(lang, `doctor.state.${probe.state}`, { detail, instance: probe.instance ?? '', port: detail });
}

const OK_STATES: ReadonlySet<ProbeRecord['state']> = new Set(['resolved', 'notNeeded', 'names', 'listening', 'found', 'answers', 'ok']);
const WARNING_STATES: ReadonlySet<ProbeRecord['state']> = new Set(['noName', 'silent']);

/** How the page marks the probe. */
export function probeMark(probe: ProbeRecord): 'ok' | 'warning' | 'failed' {
  return OK_STATES.has(probe.state) ? 'ok' : WARNING_STATES.has(probe.state) ? 'warning' : 'failed';
}
