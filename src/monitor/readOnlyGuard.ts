// The one gate between Kassavakt and the main till: every batch the monitor and the doctor send passes
// here just before it is sent, and anything but a read-only batch that starts with the session preamble
// (core/readOnlySql.ts, core/pollQueries.ts) is refused without touching the wire.
import { t, type Lang } from '../core/i18n.js';
import { inspectBatch } from '../core/readOnlySql.js';

/** Thrown (not sent) when a batch does not pass the guard. */
export class ReadOnlyRefusal extends Error {
  override name = 'ReadOnlyRefusal';
}

/** Returns the batch when it may be sent; throws ReadOnlyRefusal in the user's language otherwise. */
export function guardBatch(batch: string, lang: Lang): string {
  const verdict = inspectBatch(batch);
  if (verdict.ok) return batch;
  const reason = t(lang, `readOnly.reason.${verdict.problem}`, { word: verdict.word ?? '' });
  throw new ReadOnlyRefusal(t(lang, 'readOnly.refused', { reason }));
}
