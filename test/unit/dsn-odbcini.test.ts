// Editing one value in an odbc.ini keeps every other byte; edit + undo is byte-identical.
import { describe, expect, it } from 'vitest';
import { readIniValue, setIniValue } from '../../src/platform/dsn/odbcIniText.js';

const INI = [
  '; PC-Kassa',
  '[ODBC Data Sources]',
  'Nutid - PC Kassa = FreeTDS',
  '',
  '[Nutid - PC Kassa]',
  'Driver      = FreeTDS',
  'Server   =  192.168.99.60\\PCKASSA  ',
  'TDS_Version = 7.4',
  '',
  '[Other]',
  'Server = other',
  '',
].join('\r\n');

describe('odbc.ini text', () => {
  it('reads the value of the right section, ignoring case of key and section', () => {
    expect(readIniValue(INI, 'Nutid - PC Kassa', 'Server')).toBe('192.168.99.60\\PCKASSA');
    expect(readIniValue(INI, 'nutid - pc kassa', 'SERVER')).toBe('192.168.99.60\\PCKASSA');
    expect(readIniValue(INI, 'Other', 'Server')).toBe('other');
    expect(readIniValue(INI, 'Missing', 'Server')).toBeUndefined();
    expect(readIniValue(INI, 'Nutid - PC Kassa', 'Database')).toBeNull();
  });

  it('changes only the value characters and undoes byte for byte', () => {
    const edited = setIniValue(INI, 'Nutid - PC Kassa', 'Server', 'KASSA1\\PCKASSA');
    expect(edited).toBe(INI.replace('192.168.99.60\\PCKASSA  ', 'KASSA1\\PCKASSA  '));
    expect(setIniValue(edited, 'Nutid - PC Kassa', 'Server', '192.168.99.60\\PCKASSA')).toBe(INI);
  });

  it('adds a missing key after the section body and removes it again exactly', () => {
    const withoutServer = INI.replace('Server   =  192.168.99.60\\PCKASSA  \r\n', '');
    const added = setIniValue(withoutServer, 'Nutid - PC Kassa', 'Server', 'KASSA1\\PCKASSA');
    expect(added).toContain('TDS_Version = 7.4\r\nServer = KASSA1\\PCKASSA\r\n\r\n[Other]');
    expect(setIniValue(added, 'Nutid - PC Kassa', 'Server', null)).toBe(withoutServer);
  });

  it('handles a last line without a line end', () => {
    const text = '[Nutid - PC Kassa]\nDriver = FreeTDS';
    const added = setIniValue(text, 'Nutid - PC Kassa', 'Server', 'KASSA1\\PCKASSA');
    expect(added).toBe('[Nutid - PC Kassa]\nDriver = FreeTDS\nServer = KASSA1\\PCKASSA');
    expect(setIniValue(added, 'Nutid - PC Kassa', 'Server', null)).toBe(text);
  });

  it('refuses a section that does not exist', () => {
    expect(() => setIniValue(INI, 'Missing', 'Server', 'x')).toThrow(/no section/);
  });

  it('reads and edits the first section whose name matches case-insensitively, and the first line of a key, as unixODBC does', () => {
    const text = '[nutid - pc kassa]\nServer = FIRST\\PCKASSA\nserver = SECOND\\PCKASSA\n\n[Nutid - PC Kassa]\nServer = EXACT\\PCKASSA\n';
    expect(readIniValue(text, 'Nutid - PC Kassa', 'Server')).toBe('FIRST\\PCKASSA');
    const edited = setIniValue(text, 'Nutid - PC Kassa', 'Server', 'NEW\\PCKASSA');
    expect(edited).toBe(text.replace('FIRST', 'NEW'));
  });
});
