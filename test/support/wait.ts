// Polls until a value is there or a condition holds: the one wait helper of the tests (and the tray
// benchmark). A check may ask another program (async); one that throws ends the wait with its error.

/** Resolves with the first value `read()` gives that is not undefined; rejects with `timed out waiting for <what>` after `timeoutMs`. */
export async function waitFor<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Resolves once `check()` is true; rejects with `timed out waiting for <what>` after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  await waitFor(async () => ((await check()) ? true : undefined), timeoutMs, what, everyMs);
}
