export const ICON_STATES: readonly ['ok', 'warning', 'error', 'offline'];
/** The folder with the committed icon files. */
export const ICON_DIR: string;
/** Copies each state's PNG and ICO into `outDir`. */
export function writeIcons(outDir: string): void;
