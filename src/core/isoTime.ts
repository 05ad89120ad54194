// Dates and times that a user types or a file gives, read strictly as ISO 8601. Date.parse and
// new Date(y, m, d) both roll an impossible date over ("2026-13-45" becomes 2027-02-14, "2026-02-30"
// becomes 2 March) and Date.parse takes almost anything ("1" is the year 2001); here they are refused.

const ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d:?\d\d)?)?$/i;

/**
 * Milliseconds since the epoch, or null when `text` is not a real ISO 8601 date or date-time
 * (`2026-11-25`, `2026-11-25T08:00`, `2026-11-25 08:00:30`, `2026-11-25T08:00:00.5Z`, `…+01:00`).
 * A bare date is the start of that day and a time without an offset is local time: the shop's clock.
 */
export function parseIsoTime(text: string): number | null {
  const match = ISO_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const ms = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const zone = match[8];
  // Set field by field: the Date constructor would read the years 0–99 as 1900–1999.
  const time = new Date(0);
  if (zone === undefined) {
    time.setFullYear(year, month - 1, day);
    time.setHours(hour, minute, second, ms);
    return time.getTime();
  }
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  time.setUTCFullYear(year, month - 1, day);
  time.setUTCHours(hour, minute, second, ms);
  return time.getTime() - offset * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** `Z` = 0, `+01:00` / `-0530` in minutes; null for an offset no clock uses (beyond ±14:00). */
function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
