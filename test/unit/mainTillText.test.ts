// The "Huvudkassan" block of status and check (and the card's lines): one plain phrase for each piece
// that is not known, and the used data space against the limit with the files' size beside it.
import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../src/core/localTime.js';
import { mainTillBlock, mainTillLines } from '../../src/core/mainTillText.js';

const AT = '2026-11-25T08:00:00.000Z';

describe('the Huvudkassan block', () => {
  it('says each piece it does not know in one plain phrase, never "okänt (okänt sedan)"', () => {
    expect(mainTillLines({}, AT, 'sv')).toEqual([
      'Utgåva: okänd',
      'Kassadatabasen: storleken är okänd',
      'Senaste säkerhetskopia: okänd',
      'Ledigt på disken: okänt',
      'Igång sedan: okänt',
    ]);
    expect(mainTillLines({}, AT, 'nb')).toEqual([
      'Utgave: ukjent',
      'Kassedatabasen: størrelsen er ukjent',
      'Siste sikkerhetskopi: ukjent',
      'Ledig på disken: ukjent',
      'I gang siden: ukjent',
    ]);
    expect(mainTillLines({}, AT, 'en').join('\n')).not.toMatch(/unknown \(|of unknown/);
  });

  it('shows the used space against the limit, and the files’ size when a file was made larger in advance', () => {
    const health = {
      edition: 'Express Edition (64-bit)',
      engineEdition: 4,
      startedAt: '2026-11-20T06:00:00.000Z',
      database: { name: 'PCKassa', dataMB: 9728, usedDataMB: 8806, logMB: 300 },
      backups: [{ type: 'full' as const, finishedAt: '2026-11-24T22:10:00.000Z', file: 'D:\\Backup\\CH.BAK' }],
      volume: { totalMB: 120_000, freeMB: 30_000 },
    };
    expect(mainTillBlock(health, AT, 'sv')).toEqual([
      'Huvudkassan',
      '  Utgåva: Express Edition (64-bit)',
      '  Kassadatabasen: 8,6 av 10 GB (86\u00a0%)',
      '  Datafilerna tar 9,5 GB på disken',
      `  Senaste säkerhetskopia: ${formatLocalTime(new Date('2026-11-24T22:10:00.000Z'))} (9 timmar sedan)`,
      '  Ledigt på disken: 29,3 av 117,2 GB',
      `  Igång sedan: ${formatLocalTime(new Date('2026-11-20T06:00:00.000Z'))}`,
    ]);
    // A file as full as its data (or a snapshot without the used figure): one line.
    const full = mainTillLines({ ...health, database: { name: 'PCKassa', dataMB: 8806, logMB: 300 } }, AT, 'en');
    expect(full.filter((line) => /database|files/.test(line))).toEqual(['Till database: 8.6 of 10 GB (86%)']);
  });
});
