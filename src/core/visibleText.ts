// Text from outside (a till name from the database or a snapshot, a driver's message) may carry
// control characters that a terminal, a log viewer or a notification would obey: ESC sequences that
// retitle or clear the terminal, a carriage return that overwrites the line, bidi overrides that
// reorder what is shown. Every sink (terminal, log file, notification, tray menu) shows them as
// visible `\uXXXX` escapes instead. That form is also a valid JSON escape of the same character, so
// JSON output stays JSON and keeps its values.

/**
 * C0 controls but tab and line feed (layout the sinks produce themselves), a carriage return unless it
 * ends a CRLF line ending, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
 */
const HIDDEN = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

export function visibleText(text: string): string {
  return text.replace(HIDDEN, escaped);
}

/** Text that must stay on one line (a table cell): tab and line breaks are shown as escapes too. */
export function visibleInline(text: string): string {
  return visibleText(text).replace(/[\t\n\r]/g, escaped);
}

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
