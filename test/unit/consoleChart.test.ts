import { describe, expect, it } from 'vitest';
import { renderTimelineChart } from '../../src/console/chart.js';
import { fixtureFleet, FIXTURE_NOW } from '../support/consoleFixture.js';

const opts = { now: FIXTURE_NOW, timeZone: 'UTC' };

describe('renderTimelineChart', () => {
  it('draws one row per till, in the given order', () => {
    const svg = renderTimelineChart(fixtureFleet.timelines, 'sv', opts).text;
    expect([...svg.matchAll(/<g class="row" data-till="([^"]+)"/g)].map((m) => m[1])).toEqual(['KASSA1', 'KASSA2', 'KASSA3', 'BACKOFFICE']);
  });

  it('treats two spellings of one version as one version', () => {
    const svg = renderTimelineChart(fixtureFleet.timelines, 'sv', opts).text;
    const versions = new Set([...svg.matchAll(/data-version="([^"]+)"/g)].map((m) => m[1]));
    expect(versions).toEqual(new Set(['38,4', '38,5', '38,05', '?']));
  });

  it('gives every version its own pattern as well as its own colour, and names it in the legend', () => {
    const svg = renderTimelineChart(fixtureFleet.timelines, 'en', opts).text;
    const patterns = [...svg.matchAll(/<pattern id="([^"]+)"[^>]*><rect[^>]*fill="([^"]+)"\/>(.*?)<\/pattern>/g)];
    expect(patterns).toHaveLength(4);
    expect(new Set(patterns.map((p) => p[2])).size).toBe(4);
    expect(new Set(patterns.map((p) => p[3])).size).toBe(4);
    expect(svg).toContain('38,05 (without control box)');
    expect(svg).toContain('unknown version');
  });

  it('writes the version on bars wide enough to hold it', () => {
    const svg = renderTimelineChart(fixtureFleet.timelines, 'sv', opts).text;
    expect(svg).toMatch(/class="bar-label"[^>]*>38,4<\/text>/);
    expect(svg).toMatch(/class="bar-label"[^>]*>38,05<\/text>/);
  });

  it('escapes till names and raw versions', () => {
    const svg = renderTimelineChart([{ till: '<script>x</script>', spans: [{ from: '2025-03-01T00:00:00Z', version: '"><img src=x>' }] }], 'sv', opts).text;
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('uses calendar months as ticks over a long period', () => {
    const svg = renderTimelineChart([{ till: 'K', spans: [{ from: '2024-01-10T00:00:00Z', version: '38,5' }] }], 'sv', opts).text;
    const labels = [...svg.matchAll(/class="tick-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(labels.every((l) => l!.endsWith('-01'))).toBe(true);
  });

  it('draws a history of 200,000 version changes, from the first one (spread into a call, they overflowed the stack)', () => {
    const first = Date.parse('2024-10-01T00:00:00Z');
    const minute = (i: number) => new Date(first + i * 60_000).toISOString();
    const spans = Array.from({ length: 200_000 }, (_, i) => ({ from: minute(i), to: minute(i + 1), version: i % 2 ? '38,5' : '38,4' }));
    const svg = renderTimelineChart([{ till: 'KASSA2', spans }], 'sv', opts).text;
    const bars = [...svg.matchAll(/<g class="bar" data-version="[^"]+"><title>[^<]*<\/title><rect x="([\d.]+)"/g)];
    expect(bars).toHaveLength(200_000);
    // The first bar starts where the plot starts (after the 170 px of till names).
    expect(bars[0]![1]).toBe('170.0');
  });

  it('says so when there is no history', () => {
    expect(renderTimelineChart([], 'sv', opts).text).toContain('Ingen versionshistorik ännu.');
  });
});
