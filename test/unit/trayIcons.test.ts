import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICON_STATES, icoFromPngs, iconPng, renderIcon } from '../../build/icons.mjs';

/**
 * The icon as someone who cannot tell colours apart sees it: its luminance over a taskbar of the
 * given grey, quantized to dark / mid / light.
 */
function greyLevels(state: string, taskbar: number): number[] {
  const png = renderIcon(state, 32);
  return Array.from({ length: 32 * 32 }, (_, i) => {
    const alpha = png.data[i * 4 + 3]! / 255;
    const lum = 0.299 * png.data[i * 4]! + 0.587 * png.data[i * 4 + 1]! + 0.114 * png.data[i * 4 + 2]!;
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

  it('writes valid PNG files', () => {
    for (const state of ICON_STATES) {
      const png = PNG.sync.read(iconPng(state));
      expect([png.width, png.height]).toEqual([32, 32]);
    }
  });

  it('writes an ICO directory that points at whole PNG images', () => {
    const images = [16, 32].map((size) => ({ size, data: iconPng('error', size) }));
    const ico = icoFromPngs(images);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    images.forEach((image, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry)).toBe(image.size);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length).equals(image.data)).toBe(true);
    });
  });
});
