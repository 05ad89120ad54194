// What the tray helper prints, for the log: each different line is written when it first comes, its
// repeats are only counted. systray2's Windows helper under Wine prints a 9-line stack trace ("Unable
// to addOrUpdateMenuItem: Success") for every menu item it updates, 135 lines per menu update, which
// would rotate everything else out of the log within the hour; a line never seen is still written at once.

const HOUR_MS = 3_600_000;

export interface HelperOutputLogOptions {
  /** The repeats are summed up in one line at most this often (and at flush()); default an hour. */
  summaryEveryMs?: number;
  /** How many different lines are remembered; past that the oldest is forgotten (and written again if it comes back). */
  remember?: number;
  clock?: () => number;
}

export class HelperOutputLog {
  /** Each remembered line and its repeats since the last summary, in the order first seen. */
  private readonly repeats = new Map<string, number>();
  private left = 0;
  private since: number;
  private readonly summaryEveryMs: number;
  private readonly remember: number;
  private readonly clock: () => number;

  constructor(
    private readonly write: (line: string) => void,
    options: HelperOutputLogOptions = {},
  ) {
    this.summaryEveryMs = options.summaryEveryMs ?? HOUR_MS;
    this.remember = options.remember ?? 200;
    this.clock = options.clock ?? Date.now;
    this.since = this.clock();
  }

  line(text: string): void {
    const repeats = this.repeats.get(text);
    if (repeats === undefined) {
      if (this.repeats.size >= this.remember) this.repeats.delete(this.repeats.keys().next().value!);
      this.repeats.set(text, 0);
      this.write(text);
      return;
    }
    this.repeats.set(text, repeats + 1);
    this.left += 1;
    if (this.clock() - this.since >= this.summaryEveryMs) this.flush();
  }

  /** Writes how many repeats were left out since the last summary, and of which line most; nothing when none were. */
  flush(): void {
    const since = this.since;
    this.since = this.clock();
    if (this.left === 0) return;
    let most = '';
    let mostRepeats = 0;
    for (const [text, repeats] of this.repeats) {
      if (repeats > mostRepeats) [most, mostRepeats] = [text, repeats];
      this.repeats.set(text, 0);
    }
    this.write(`${this.left} repeated lines left out since ${new Date(since).toISOString()}; most often (${mostRepeats} times): ${most}`);
    this.left = 0;
  }
}
