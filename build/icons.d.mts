import type { PNG } from 'pngjs';

export const ICON_STATES: readonly ['ok', 'warning', 'error', 'offline'];
export function renderIcon(state: string, size: number): PNG;
export function iconPng(state: string, size?: number): Buffer;
export function icoFromPngs(images: Array<{ size: number; data: Buffer }>): Buffer;
export function writeIcons(outDir: string): void;
