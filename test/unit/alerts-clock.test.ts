// Local time for quiet hours and snoozes, from an input's epoch time and UTC offset.
import { describe, expect, it } from 'vitest';
import { alertHold, alertSettingsFromConfig, defaultAlertSettings, initialAlertState, snoozeUntil } from '../../src/core/alerts/index.js';
import { inQuietHours, localMinuteOfDay } from '../../src/core/alerts/clock.js';
import { defaultConfig } from '../../src/core/config.js';

const at = (iso: string) => Date.parse(iso);
const night = { start: '22:00', end: '07:00' };

describe('local time of day', () => {
  it.each([
    ['2026-11-23T21:30:00Z', 60, 22 * 60 + 30], // Stockholm winter
    ['2026-06-23T21:30:00Z', 120, 23 * 60 + 30], // Stockholm summer
    ['2026-11-23T23:30:00Z', 60, 30], // past local midnight
    ['2026-11-23T00:30:00Z', -300, 19 * 60 + 30], // west of UTC, the day before
    ['2026-11-23T12:00:00Z', undefined, 12 * 60], // no offset given: UTC
  ])('%s at offset %s is minute %i', (iso, offset, minute) => {
    expect(localMinuteOfDay({ at: at(iso), ...(offset === undefined ? {} : { utcOffsetMinutes: offset }) })).toBe(minute);
  });
});

describe('quiet hours', () => {
  it.each([
    ['21:59', false],
    ['22:00', true],
    ['03:00', true],
    ['06:59', true],
    ['07:00', false],
    ['12:00', false],
  ])('22:00–07:00 at %s local: %s', (hhmm, quiet) => {
    expect(inQuietHours({ at: at(`2026-11-23T${hhmm}:00Z`), utcOffsetMinutes: 0 }, night)).toBe(quiet);
  });

  it('within one day (12:00–13:00), none when start equals end, none when unset', () => {
    const noon = { at: at('2026-11-23T12:30:00Z') };
    expect(inQuietHours(noon, { start: '12:00', end: '13:00' })).toBe(true);
    expect(inQuietHours(noon, { start: '13:00', end: '13:00' })).toBe(false);
    expect(inQuietHours(noon, null)).toBe(false);
  });
});

describe('snooze choices', () => {
  const clock = (iso: string) => ({ at: at(iso), utcOffsetMinutes: 60 });

  it.each([
    ['an hour', 'hour', '2026-11-23T14:00:00Z', null, '2026-11-23T15:00:00.000Z'],
    ['until tomorrow in the afternoon: 07:00 next morning', 'tomorrow', '2026-11-23T14:00:30Z', null, '2026-11-24T06:00:00.000Z'],
    ['until tomorrow after midnight: 07:00 this morning', 'tomorrow', '2026-11-24T01:00:00Z', null, '2026-11-24T06:00:00.000Z'],
    ['until tomorrow with quiet hours: when they end', 'tomorrow', '2026-11-23T14:00:00Z', { start: '22:00', end: '06:30' }, '2026-11-24T05:30:00.000Z'],
  ] as const)('%s', (_name, choice, now, quiet, until) => {
    expect(new Date(snoozeUntil(choice, clock(now), quiet)).toISOString()).toBe(until);
  });
});

describe('the hold reason the tray can show', () => {
  it('is grace, then snooze, then quiet hours, then none', () => {
    const settings = { ...defaultAlertSettings(), quietHours: night };
    const state = { ...initialAlertState(), graceUntil: at('2026-11-23T10:03:00Z'), snoozeUntil: at('2026-11-23T11:00:00Z') };
    expect(alertHold(state, { at: at('2026-11-23T10:01:00Z') }, settings)).toBe('grace');
    expect(alertHold(state, { at: at('2026-11-23T10:30:00Z') }, settings)).toBe('snooze');
    expect(alertHold(state, { at: at('2026-11-23T23:30:00Z') }, settings)).toBe('quiet');
    expect(alertHold(state, { at: at('2026-11-23T12:00:00Z') }, settings)).toBeNull();
  });
});

describe('settings from the config file', () => {
  const everyMinute = { usualMs: 60_000, longestMs: 60_000 };

  it('take the notification section and scale with the poll interval', () => {
    const notifications = { ...defaultConfig().notifications, dailyReminder: true, quietHours: night, unreachableAfterPolls: 5 };
    const settings = alertSettingsFromConfig(notifications, { usualMs: 120_000, longestMs: 120_000 });
    expect(settings).toMatchObject({
      enabled: true,
      dailyReminder: true,
      quietHours: night,
      unreachableAfterPolls: 5,
      reachableAfterPolls: 2,
      pollIntervalMs: 120_000,
      graceMs: 600_000,
      sleepGapMs: 480_000,
    });
  });

  it('take the grace period as it is written when the file sets one, zero included', () => {
    const notifications = defaultConfig().notifications;
    expect(alertSettingsFromConfig({ ...notifications, graceMinutes: 0.5 }, everyMinute).graceMs).toBe(30_000);
    expect(alertSettingsFromConfig({ ...notifications, graceMinutes: 0 }, everyMinute).graceMs).toBe(0);
    expect(alertSettingsFromConfig(notifications, everyMinute).graceMs).toBe(180_000);
  });

  it('do not take a gap the schedule leaves on purpose (the night of an office-hours schedule) for sleep', () => {
    const hourlyByDay = { usualMs: 3_600_000, longestMs: 62 * 3_600_000 };
    const settings = alertSettingsFromConfig(defaultConfig().notifications, hourlyByDay);
    expect(settings.pollIntervalMs).toBe(3_600_000);
    expect(settings.sleepGapMs).toBe(63 * 3_600_000);
  });
});
