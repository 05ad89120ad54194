// Renders the doctor's report and DSN errors for the terminal (text or JSON), in the user's language.
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { describeVerdict } from '../core/verdict.js';
import { visibleInline } from '../core/visibleText.js';
import type { DoctorReport, ProbeRecord } from '../monitor/doctor/index.js';
import { probeLabel, probeStateText } from '../monitor/doctor/probeText.js';
import { DsnError } from '../platform/dsn/index.js';
import { dsnErrorText } from '../platform/dsn/repairText.js';

function probeLines(lang: Lang, probes: readonly ProbeRecord[]): string[] {
  const rows = probes.map((p) => [probeLabel(lang, p), probeStateText(lang, p), `${p.ms} ms`] as const);
  const width = rows.reduce((most, r) => Math.max(most, r[0].length), 0);
  return rows.map(([label, state, ms]) => `    ${label.padEnd(width)}  ${state}  (${ms})`);
}

export function renderDoctorReport(report: DoctorReport, lang: Lang): string {
  const source =
    report.source === 'dsn' ? t(lang, 'doctor.report.source.dsn', { dsn: report.dsnName ?? '' }) : t(lang, `doctor.report.source.${report.source}`);
  const [first, ...others] = report.candidates;
  const lines = [t(lang, 'doctor.report.checking', { server: report.server, source }), ...probeLines(lang, first!.probes)];
  if (others.length) {
    lines.push('', t(lang, 'doctor.report.candidates'));
    for (const candidate of others) {
      lines.push(`  ${visibleInline(candidate.server)} (${t(lang, `doctor.report.origin.${candidate.origin}`)}): ${candidate.verdict.code}`);
      lines.push(...probeLines(lang, candidate.probes));
    }
  }
  const text = describeVerdict(lang, report.verdict, report.working);
  lines.push('', `${t(lang, 'doctor.report.verdict')} [${report.verdict.code}]: ${text.explanation}`, `${t(lang, 'doctor.report.fix')}: ${text.fix}`);
  if (report.working) lines.push(t(lang, 'doctor.report.working', { server: report.working }));
  if (report.reached) lines.push(t(lang, 'doctor.report.reached', { server: report.reached }));
  lines.push(t(lang, 'doctor.report.total', { ms: report.ms }));
  return lines.join('\n');
}

export function doctorJson(report: DoctorReport, lang: Lang): object {
  return { ...report, ...describeVerdict(lang, report.verdict, report.working) };
}

/** A DSN failure as the one-line user error the CLI prints (exit 2: the user can act on it). */
export function dsnUserError(lang: Lang, error: unknown): unknown {
  if (!(error instanceof DsnError)) return error;
  return new UserError(dsnErrorText(lang, error));
}
