// Renders a fleet assessment for the terminal: a table of tills and the findings, or the JSON shape.
import stringWidth from 'string-width';
import type { Finding } from '../core/findings.js';
import { t, type Lang } from '../core/i18n.js';
import type { FleetAssessment } from '../core/rules.js';
import { editionLabel, versionCell } from '../core/version.js';
import { visibleInline } from '../core/visibleText.js';

export function assessmentJson(assessment: FleetAssessment) {
  return {
    tills: assessment.tills.map(({ parsed, ...till }) => ({
      ...till,
      version: parsed ? { raw: parsed.raw, major: parsed.major, release: parsed.release, edition: parsed.edition } : null,
    })),
    findings: assessment.findings.map(({ code, severity, tills, message, advice }) => ({ code, severity, tills, message, advice })),
    suggestedClientId: assessment.suggestedClientId,
  };
}

export function renderAssessment(assessment: FleetAssessment, lang: Lang): string {
  // A live poll knows which tills are connected now; a snapshot file may not say.
  const showConnected = assessment.tills.some((till) => till.connected !== undefined);
  const header = [t(lang, 'report.col.till'), t(lang, 'report.col.role'), t(lang, 'report.col.clientId'), t(lang, 'report.col.version'), t(lang, 'report.col.edition')];
  if (showConnected) header.push(t(lang, 'report.col.connected'));
  const rows = assessment.tills.map((till) => {
    const row = [
      till.name,
      t(lang, `role.${till.role}`),
      till.clientId === undefined ? '–' : String(till.clientId),
      versionCell(till),
      till.parsed ? editionLabel(lang, till.parsed.edition) : '–',
    ];
    if (showConnected) row.push(till.connected === undefined ? '–' : t(lang, till.connected ? 'report.yes' : 'report.no'));
    return row;
  });
  // Concatenated, never spread into a call: a fleet of 125,000 tills would overflow the stack.
  return [...formatTable([header, ...rows]), '', ...renderFindings(assessment.findings, lang), '', t(lang, 'report.suggestedId', { id: assessment.suggestedClientId })].join('\n');
}

export function renderFindings(findings: readonly Finding[], lang: Lang): string[] {
  if (findings.length === 0) return [t(lang, 'report.allGood')];
  return findings.flatMap((f) => [`${severityTag(f, lang)} ${f.message}`, `   → ${f.advice}`]);
}

function severityTag(f: Finding, lang: Lang): string {
  return `[${t(lang, `severity.${f.severity}`)}]`;
}

/**
 * Columns measured on the text as the terminal shows it: control characters as the escapes the output
 * path prints (visibleOutput.ts), a tab or line break in a name escaped too so the row stays one line,
 * a wide character (CJK, emoji) as two columns and a combining mark as none.
 */
function formatTable(rows: string[][]): string[] {
  const cells = rows.map((r) =>
    r.map((raw) => {
      const text = visibleInline(raw);
      return { text, width: stringWidth(text) };
    }),
  );
  const widths = cells[0]!.map((_, col) => cells.reduce((width, r) => Math.max(width, r[col]!.width), 0));
  return cells.map((r) => r.map((cell, col) => cell.text + ' '.repeat(widths[col]! - cell.width)).join('  ').trimEnd());
}
