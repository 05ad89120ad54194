// How the tray's Node is started (autostart entry, `npm start`, restart after a settings change).

/**
 * V8's lite mode: no optimising compiler, and about 20 MB less memory at rest (see `npm run bench --
 * tray`); a poll a minute has no use for the JIT. Lite mode cannot run WebAssembly, so it is switched
 * off outright instead of Node printing a warning at every start.
 */
export const TRAY_NODE_OPTIONS: readonly string[] = ['--lite-mode', '--no-expose-wasm'];
