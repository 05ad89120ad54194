import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RotatingLog, rotatedPath } from '../../src/platform/log.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'kv-log-')), 'logs', 'kassavakt.log');

describe('RotatingLog', () => {
  it('writes one timestamped line per event', () => {
    const path = fresh();
    const log = new RotatingLog(path);
    log.write('info', 'poll ok\nsecond line', new Date('2026-11-25T10:00:00Z'));
    expect(readFileSync(path, 'utf8')).toBe('2026-11-25T10:00:00.000Z INFO poll ok second line\n');
  });

  it('rotates by size and keeps only a few old files', () => {
    const path = fresh();
    const log = new RotatingLog(path, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`event number ${i} with some padding text`);
    expect(readFileSync(path, 'utf8').length).toBeLessThanOrEqual(200);
    expect(existsSync(rotatedPath(path, 1))).toBe(true);
    expect(existsSync(rotatedPath(path, 2))).toBe(true);
    expect(existsSync(rotatedPath(path, 3))).toBe(false);
    expect(readFileSync(path, 'utf8')).toContain('event number 39');
  });

  it('writes control characters from a till name as visible escapes', () => {
    const path = fresh();
    new RotatingLog(path).warn('notice: K2\u001b]0;PWNED\u0007\u001b[2J och KASSA\u202e1 har samma Klient ID\r');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('notice: K2\\u001B]0;PWNED\\u0007\\u001B[2J och KASSA\\u202E1 har samma Klient ID\\u000D\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('never writes a password', () => {
    const path = fresh();
    const log = new RotatingLog(path, { secrets: ['Hemligt!1'] });
    log.addSecret('andra');
    log.error('login failed for kassavakt with password Hemligt!1 and andra');
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('Hemligt!1');
    expect(text).not.toContain('andra');
    expect(text).toContain('password *** and ***');
  });
});
