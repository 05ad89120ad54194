// Faults the sim can be told to show, for tests and for trying the monitor by hand: each one
// imitates a real way a main till misbehaves (wrong password, slow disk, dropped Wi-Fi, stopped
// SQL Browser, stopped SQL Server service, a login without the rights Kassavakt reads with).
export interface FaultState {
  refuseLogins: boolean;
  delayMs: number;
  dropMidResult: boolean;
  browserSilent: boolean;
  refuseConnections: boolean;
  denyMsdb: boolean;
  denyServerState: boolean;
}

export function noFaults(): FaultState {
  return {
    refuseLogins: false, delayMs: 0, dropMidResult: false, browserSilent: false, refuseConnections: false, denyMsdb: false, denyServerState: false,
  };
}

export interface Faults {
  /** Every login gets error 18456, as if the password had been changed on the main till. */
  refuseLogins(on?: boolean): void;
  /** Every query answer waits this long (0 = none), except SET-only batches; an ATTENTION cancels at once. */
  delay(ms: number): void;
  /** Answers with more than one row are cut after the first row and the connection is dropped. */
  dropMidResult(on?: boolean): void;
  /** The SQL Server Browser stops answering (UDP 1434 looks filtered). */
  browserSilent(on?: boolean): void;
  /** New TCP connections are refused (the listener is closed); open sessions keep working. */
  refuseConnections(on?: boolean): Promise<void>;
  /** The login has no SELECT on msdb's backup tables: reading them is error 229. */
  denyMsdb(on?: boolean): void;
  /**
   * The login lacks VIEW SERVER STATE: dm_os_* and dm_exec_connections are errors 300 + 297,
   * dm_exec_sessions shows only its own session.
   */
  denyServerState(on?: boolean): void;
  /** Back to normal. */
  clear(): Promise<void>;
}

/** Applies `fault <name> <on|off|ms>` (the sim CLI's stdin command); returns false for unknown input. */
export async function applyFaultCommand(faults: Faults, line: string): Promise<boolean> {
  const [word, name, arg = 'on'] = line.trim().split(/\s+/);
  if (word === 'clear' || (word === 'fault' && name === 'clear')) {
    await faults.clear();
    return true;
  }
  if (word !== 'fault') return false;
  const on = arg !== 'off';
  switch (name) {
    case 'refuse-logins':
      faults.refuseLogins(on);
      return true;
    case 'delay': {
      const ms = arg === 'off' ? 0 : Number(arg);
      if (!Number.isFinite(ms) || ms < 0) return false;
      faults.delay(ms);
      return true;
    }
    case 'drop-mid-result':
      faults.dropMidResult(on);
      return true;
    case 'browser-silent':
      faults.browserSilent(on);
      return true;
    case 'refuse-connections':
      await faults.refuseConnections(on);
      return true;
    case 'deny-msdb':
      faults.denyMsdb(on);
      return true;
    case 'deny-server-state':
      faults.denyServerState(on);
      return true;
    default:
      return false;
  }
}
