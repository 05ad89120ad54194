// Times as the shop's own clock shows them, for the terminal and the tray menu.

/** "2026-11-25 08:05" in local time; "?" for a time that cannot be read. */
export function formatLocalTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '?';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
