// The committed tray icons, read back with ImageMagick (the tool that made them): four shapes that
// differ without colour, PNG for Linux, ICO with the sizes Windows' tray picks from, all shipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_STATES, writeIcons } from '../../build/icons.mjs';

/** RGBA bytes of an image, 8 bits per channel. */
function pixels(file: string): Buffer {
  return execFileSync('convert', [file, '-depth', '8', 'rgba:-']);
}

/**
 * The icon as someone who cannot tell colours apart sees it: its luminance over a taskbar of the
 * given grey, quantized to dark / mid / light.
 */
function greyLevels(state: string, taskbar: number): number[] {
  const data = pixels(join(ICON_DIR, `${state}.png`));
  return Array.from({ length: 32 * 32 }, (_, i) => {
    const alpha = data[i * 4 + 3]! / 255;
    const lum = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
    const over = alpha * lum + (1 - alpha) * taskbar;
    return over < 80 ? 0 : over > 200 ? 2 : 1;
  });
}

describe('tray icons', () => {
  it('gives every state its own shape, not just its own colour', () => {
    // A dark (Windows 10/11) and a light taskbar.
    for (const taskbar of [32, 230]) {
      const images = ICON_STATES.map((state) => greyLevels(state, taskbar));
      for (let a = 0; a < images.length; a++) {
        for (let b = a + 1; b < images.length; b++) {
          const differing = images[a]!.filter((level, i) => level !== images[b]![i]).length;
          // At least a tenth of the 32×32 pixels read differently.
          expect(differing, `${ICON_STATES[a]} vs ${ICON_STATES[b]} on grey ${taskbar}`).toBeGreaterThan(102);
        }
      }
    }
  });

  it('are 32×32 PNG with a transparent background', () => {
    for (const state of ICON_STATES) {
      const file = join(ICON_DIR, `${state}.png`);
      expect(execFileSync('identify', ['-format', '%m %w %h', file], { encoding: 'utf8' })).toBe('PNG 32 32');
      // The corners are outside every shape.
      expect(pixels(file)[3]).toBe(0);
    }
  });

  it('are ICO files with the 16, 24, 32 and 48 pixel images Windows picks from', () => {
    for (const state of ICON_STATES) {
      const sizes = execFileSync('identify', ['-format', '%m %w\n', join(ICON_DIR, `${state}.ico`)], { encoding: 'utf8' }).trim().split('\n');
      expect(sizes.sort()).toEqual(['ICO 16', 'ICO 24', 'ICO 32', 'ICO 48']);
    }
  });

  it('are copied beside the bundle, each state as PNG and ICO', () => {
    const out = mkdtempSync(join(tmpdir(), 'kassavakt-icons-'));
    writeIcons(out);
    expect(readdirSync(out).sort()).toEqual(ICON_STATES.flatMap((s) => [`${s}.ico`, `${s}.png`]).sort());
  });
});
