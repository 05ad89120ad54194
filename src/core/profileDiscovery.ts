// `discover`: from the database's column list, the columns that may describe tills and a profile
// SELECT built from the best table. A suggestion for a person to check, not a guess acted upon.

export interface ColumnInfo {
  tableSchema: string;
  tableName: string;
  columnName: string;
  dataType: string;
}

export type ProfileField = 'name' | 'clientId' | 'version' | 'edition' | 'isBackoffice' | 'address' | 'lastSeen';

/** Words (lower case, without separators) a column name may contain, per fleet field, best first. */
const FIELD_WORDS: Record<ProfileField, string[]> = {
  name: ['datornamn', 'computername', 'machinename', 'hostname', 'workstation', 'dator', 'computer', 'machine', 'maskin', 'host'],
  clientId: ['klientid', 'clientid', 'klientnr', 'clientno', 'kassaid', 'klient', 'client'],
  version: ['programversion', 'appversion', 'version', 'versjon'],
  edition: ['utgava', 'utgåva', 'edition', 'utgave'],
  isBackoffice: ['backoffice', 'isbackoffice'],
  address: ['ipadress', 'ipaddress', 'ipadr', 'address', 'adress'],
  lastSeen: ['senastinloggad', 'lastseen', 'lastlogin', 'senast', 'lastconnect'],
};

const CANDIDATE_WORDS = ['client', 'klient', 'kassa', 'version', 'versjon', 'dator', 'machine', 'maskin', 'host', 'computer', 'backoffice', 'utgava', 'utgåva', 'edition', 'ipadr'];

const squash = (name: string) => name.toLowerCase().replace(/[^a-zåäöæø0-9]/g, '');

export function candidateColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  const words = [...CANDIDATE_WORDS, ...Object.values(FIELD_WORDS).flat()];
  return columns.filter((c) => words.some((w) => squash(c.columnName).includes(w)));
}

/** The column of a table that best fits a field: the earliest word in its list wins. */
function bestColumn(columns: readonly ColumnInfo[], field: ProfileField): ColumnInfo | undefined {
  for (const word of FIELD_WORDS[field]) {
    const exact = columns.find((c) => squash(c.columnName) === word);
    if (exact) return exact;
    const partial = columns.find((c) => squash(c.columnName).includes(word));
    if (partial) return partial;
  }
  return undefined;
}

export interface ProfileSuggestion {
  table: string;
  fields: Partial<Record<ProfileField, string>>;
  sql: string;
}

/** The table with both a machine-name and a version column and the most other fields; null if none. */
export function suggestProfile(columns: readonly ColumnInfo[]): ProfileSuggestion | null {
  const tables = new Map<string, ColumnInfo[]>();
  for (const c of columns) {
    const key = `${c.tableSchema}.${c.tableName}`;
    tables.set(key, [...(tables.get(key) ?? []), c]);
  }
  let best: { columns: ColumnInfo[]; fields: Partial<Record<ProfileField, ColumnInfo>>; score: number } | null = null;
  for (const tableColumns of tables.values()) {
    const fields: Partial<Record<ProfileField, ColumnInfo>> = {};
    const used = new Set<ColumnInfo>();
    for (const field of Object.keys(FIELD_WORDS) as ProfileField[]) {
      const column = bestColumn(tableColumns.filter((c) => !used.has(c)), field);
      if (column) {
        fields[field] = column;
        used.add(column);
      }
    }
    if (!fields.name || !fields.version) continue;
    const score = Object.keys(fields).length + (squash(tableColumns[0]!.tableName).includes('kassa') ? 0.5 : 0);
    if (!best || score > best.score) best = { columns: tableColumns, fields, score };
  }
  if (!best) return null;
  const first = best.columns[0]!;
  const select = (Object.entries(best.fields) as [ProfileField, ColumnInfo][]).map(([field, c]) => `${quoteName(c.columnName)} AS ${field}`);
  return {
    table: `${first.tableSchema}.${first.tableName}`,
    fields: Object.fromEntries(Object.entries(best.fields).map(([field, c]) => [field, c.columnName])),
    sql: `SELECT ${select.join(', ')} FROM ${quoteName(first.tableSchema)}.${quoteName(first.tableName)} WITH (NOLOCK)`,
  };
}

/** Plain names stay plain (as people write them); anything else is bracket-quoted. */
function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `[${name.replace(/\]/g, ']]')}]`;
}
