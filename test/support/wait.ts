// Polls a condition until it holds: the one wait helper of the tests (and the tray benchmark).

/** Resolves once `check()` is true; rejects with `timed out waiting for <what>` after `timeoutMs`. */
export async function waitUntil(check: () => boolean, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
