// Draws the four tray icons (OK, warning, error, offline) as PNG for Linux and ICO for Windows.
// Each state has its own shape as well as its own colour, so it reads without colour vision:
// a check in a circle, "!" in a triangle, a cross in an octagon, a dash in a hollow ring.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const ICON_STATES = ['ok', 'warning', 'error', 'offline'];
const PNG_SIZE = 32;
const ICO_SIZES = [16, 24, 32, 48];
const SUPERSAMPLE = 4;

const GREEN = [34, 139, 34];
const AMBER = [245, 166, 0];
const RED = [200, 30, 30];
const GREY = [120, 120, 120];
const WHITE = [255, 255, 255];
const DARK = [30, 30, 30];

// Shapes work in a unit square (0..1); each returns true when the point is inside.
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, width) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - width;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2;
};
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const octagon = (cx, cy, r) =>
  polygon(Array.from({ length: 8 }, (_, i) => {
    const a = Math.PI / 8 + (i * Math.PI) / 4;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  }));

/** Layers painted bottom to top: [shape, colour]. */
const LAYERS = {
  ok: [
    [circle(0.5, 0.5, 0.47), GREEN],
    [segment(0.27, 0.52, 0.43, 0.68, 0.12), WHITE],
    [segment(0.43, 0.68, 0.74, 0.34, 0.12), WHITE],
  ],
  warning: [
    [polygon([[0.5, 0.03], [0.98, 0.94], [0.02, 0.94]]), AMBER],
    [rect(0.44, 0.3, 0.56, 0.66), DARK],
    [circle(0.5, 0.79, 0.065), DARK],
  ],
  error: [
    [octagon(0.5, 0.5, 0.49), RED],
    [segment(0.31, 0.31, 0.69, 0.69, 0.13), WHITE],
    [segment(0.69, 0.31, 0.31, 0.69, 0.13), WHITE],
  ],
  offline: [
    [ring(0.5, 0.5, 0.46, 0.12), GREY],
    [rect(0.28, 0.44, 0.72, 0.56), GREY],
  ],
};

/** RGBA pixels of one icon at one size, anti-aliased by supersampling. */
export function renderIcon(state, size) {
  const layers = LAYERS[state];
  if (!layers) throw new Error(`unknown icon state ${state}`);
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c;
          if (colour) {
            sum[0] += colour[0];
            sum[1] += colour[1];
            sum[2] += colour[2];
            sum[3] += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const covered = sum[3];
      png.data[i] = covered ? Math.round(sum[0] / covered) : 0;
      png.data[i + 1] = covered ? Math.round(sum[1] / covered) : 0;
      png.data[i + 2] = covered ? Math.round(sum[2] / covered) : 0;
      png.data[i + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return png;
}

export function iconPng(state, size = PNG_SIZE) {
  return PNG.sync.write(renderIcon(state, size));
}

/** An ICO file is a directory of images; since Vista each image may be a whole PNG file. */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

export function writeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const state of ICON_STATES) {
    writeFileSync(join(outDir, `${state}.png`), iconPng(state));
    writeFileSync(join(outDir, `${state}.ico`), icoFromPngs(ICO_SIZES.map((size) => ({ size, data: iconPng(state, size) }))));
  }
}
