// The system procedures clients use to run SQL over RPC: sp_executesql (tedious, mssql) and the
// prepared-statement family sp_prepexec / sp_prepare / sp_execute / sp_unprepare (FreeTDS ODBC).
import type { RpcCall } from './rpc.js';
import type { SqlValue } from './sqlTypes.js';
import { returnValue, type ServerMessage } from './tokens.js';

export interface ProcedurePlan {
  /** SQL text to run (split into statements by the caller). */
  sql: string;
  params: Record<string, SqlValue>;
  /** RETURNVALUE tokens for output parameters (the prepared handle). */
  outputs: Buffer[];
  error?: ServerMessage;
}

/** Prepared statements of one session, by handle. */
export class PreparedStatements {
  private readonly byHandle = new Map<number, string>();
  private next = 1;

  add(sql: string): number {
    const handle = this.next++;
    this.byHandle.set(handle, sql);
    return handle;
  }

  get(handle: number): string | undefined {
    return this.byHandle.get(handle);
  }

  remove(handle: number): void {
    this.byHandle.delete(handle);
  }
}

const valuesOf = (params: RpcCall['params']) => Object.fromEntries(params.map((p) => [p.name.replace(/^@/, ''), p.value]));

export function planProcedure(call: RpcCall, prepared: PreparedStatements): ProcedurePlan {
  const p = call.params;
  const text = (i: number) => String(p[i]?.value ?? '');
  switch (call.procedure.toLowerCase()) {
    case 'sp_executesql':
      return { sql: text(0), params: valuesOf(p.slice(2)), outputs: [] };
    case 'sp_prepexec': {
      const handle = prepared.add(text(2));
      return { sql: text(2), params: valuesOf(p.slice(3)), outputs: [returnValue(0, p[0]?.name ?? '@handle', handle)] };
    }
    case 'sp_prepare': {
      const handle = prepared.add(text(2));
      return { sql: '', params: {}, outputs: [returnValue(0, p[0]?.name ?? '@handle', handle)] };
    }
    case 'sp_execute': {
      const sql = prepared.get(Number(p[0]?.value));
      if (sql === undefined) return failed(8179, `Could not find prepared statement with handle ${String(p[0]?.value)}.`);
      return { sql, params: valuesOf(p.slice(1)), outputs: [] };
    }
    case 'sp_unprepare':
      prepared.remove(Number(p[0]?.value));
      return { sql: '', params: {}, outputs: [] };
    default:
      return failed(2812, `Could not find stored procedure '${call.procedure}'.`, 62);
  }
}

function failed(number: number, text: string, state = 1): ProcedurePlan {
  return { sql: '', params: {}, outputs: [], error: { number, text, state, severity: 16 } };
}
