// The settings the tray starts with: when the settings name no server, the one PC-Kassa's DSN leads to
// (read by the service from a real odbc.ini, found through ODBCINI as unixODBC finds it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config.js';
import { t } from '../../src/core/i18n.js';
import { resolveTraySetup } from '../../src/tray/traySetup.js';

const DSN = 'Kassavakt traySetup test';
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-tray-setup-'));
const odbcIni = join(dir, 'odbc.ini');
const ODBCINI = process.env.ODBCINI;

beforeAll(() => {
  writeFileSync(odbcIni, `[${DSN}]\nDriver=FreeTDS\nServer=KASSA1\\PCKASSA\n`);
  process.env.ODBCINI = odbcIni;
});
afterAll(() => {
  if (ODBCINI === undefined) delete process.env.ODBCINI;
  else process.env.ODBCINI = ODBCINI;
  rmSync(dir, { recursive: true, force: true });
});

describe('the tray’s settings on start', () => {
  it('polls the server the DSN leads to while the settings name none, and says where it came from', async () => {
    const setup = await resolveTraySetup(() => configSchema.parse({ dsnName: DSN, user: 'kassavakt', password: 'hemligt' }), 'sv');
    expect(setup.config.server).toBe('KASSA1\\PCKASSA');
    expect(setup.serverFromDsn).toBe(true);
    expect(setup.notes).toEqual([t('sv', 'tray.serverFromDsn', { server: 'KASSA1\\PCKASSA' })]);
    expect(setup.problems).toEqual([]);
    expect(setup.settingsMissing).toBe(false);
  });

  it('keeps the server the settings name', async () => {
    const setup = await resolveTraySetup(() => configSchema.parse({ server: 'BUTIK\\PCKASSA', dsnName: DSN, user: 'kassavakt', password: 'hemligt' }), 'sv');
    expect(setup.config.server).toBe('BUTIK\\PCKASSA');
    expect(setup.serverFromDsn).toBe(false);
    expect(setup.notes).toEqual([]);
  });

  it('asks for the server when neither the settings nor the DSN name one', async () => {
    const setup = await resolveTraySetup(() => configSchema.parse({ dsnName: 'Ingen sådan DSN', user: 'kassavakt', password: 'hemligt' }), 'sv');
    expect(setup.config.server).toBeUndefined();
    expect(setup.serverFromDsn).toBe(false);
    expect(setup.problems).toEqual([t('sv', 'tray.needs', { missing: t('sv', 'tray.needs.server') })]);
    expect(setup.settingsMissing).toBe(true);
  });
});
