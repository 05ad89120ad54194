// HTML built from tagged templates: every interpolated value is escaped unless it is already Html,
// so a till name or a driver message can never become markup.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(value: Part): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Trusted text that is already markup (our own CSS, a DOCTYPE); never user or server data. */
export function trusted(text: string): Html {
  return new Html(text);
}

/** A heading with an id for aria-labelledby; `level` 1–3 (the static report nests each page one level down). */
export function heading(level: 1 | 2 | 3, text: string, id: string): Html {
  return trusted(`<h${level} id="${escapeHtml(id)}">${escapeHtml(text)}</h${level}>`);
}
