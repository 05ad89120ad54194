// How fast the main till's database grows, from daily size samples in the history: a least-squares
// line through them, and when that line reaches the edition's limit. Only from a week of samples on,
// so one busy day does not become a forecast; only the last GROWTH_WINDOW_DAYS, so the forecast follows
// how the shop sells now, not how it sold two years ago.

export interface SizeSample {
  /** ISO time of the sample. */
  at: string;
  /** The data files' size. */
  dataMB: number;
  /** The used space inside them; absent in samples from before Kassavakt read it. */
  usedDataMB?: number;
}

export interface SizeGrowth {
  mbPerDay: number;
  /** Days between the first and the last sample used. */
  spanDays: number;
}

const MIN_GROWTH_SPAN_DAYS = 7;
export const GROWTH_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
export const DAYS_PER_MONTH = 365.25 / 12;

/** What a sample counts: the used data space, or the files' size in a sample that has no used figure. */
export function sampleDataMB(sample: SizeSample): number {
  return sample.usedDataMB ?? sample.dataMB;
}

/**
 * The current growth: over the GROWTH_WINDOW_DAYS up to the newest sample, from the samples measured
 * as the newest one is (used space, or the files' size in samples from before it was read), so the
 * step from one measure to the other is not taken for growth. Null as dataGrowth.
 */
export function currentGrowth(samples: readonly SizeSample[]): SizeGrowth | null {
  const newest = samples.at(-1);
  if (newest === undefined) return null;
  const from = Date.parse(newest.at) - GROWTH_WINDOW_DAYS * DAY_MS;
  const used = newest.usedDataMB !== undefined;
  return dataGrowth(samples.filter((s) => Date.parse(s.at) >= from && (s.usedDataMB !== undefined) === used));
}

/** The growth rate, or null with fewer than MIN_GROWTH_SPAN_DAYS between the first and last sample. */
export function dataGrowth(samples: readonly SizeSample[]): SizeGrowth | null {
  const points = samples
    .map((s) => ({ x: Date.parse(s.at) / DAY_MS, y: sampleDataMB(s) }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (points.length < 2) return null;
  const xs = points.map((p) => p.x);
  const spanDays = Math.max(...xs) - Math.min(...xs);
  if (spanDays < MIN_GROWTH_SPAN_DAYS) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / points.length;
  const meanY = points.reduce((a, p) => a + p.y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - meanX) * (p.y - meanY);
    den += (p.x - meanX) ** 2;
  }
  return { mbPerDay: num / den, spanDays };
}

/** When the data reaches `limitMB` at this growth; null when it does not grow. */
export function limitReachedAt(dataMB: number, limitMB: number, growth: SizeGrowth, from: string): Date | null {
  if (!(growth.mbPerDay > 0)) return null;
  const days = Math.max(0, (limitMB - dataMB) / growth.mbPerDay);
  return new Date(Date.parse(from) + days * DAY_MS);
}
