// Draws the app icon: a report sheet with a yellow check mark on the national red, in
// resources/icon.png (512×512, for Linux and the window) and resources/icon.ico (16–256 px, for
// Windows and the installer). Each size is drawn at its own resolution (4×4 supersampling), and
// sizes of 32 px and less leave out the text lines so the icon stays legible in the taskbar.
//
//   node scripts/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import pngToIco from 'png-to-ico';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

const RED = [218, 37, 29]; // cờ đỏ
const RED_DARK = [170, 24, 20];
const YELLOW = [255, 205, 0]; // sao vàng
const OUTLINE = [120, 10, 8];
const PAPER = [255, 255, 255];
const FOLD = [222, 222, 222];
const INK = [150, 150, 150];
const SHADOW = [0, 0, 0];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The sheet: a rectangle whose top-right corner is folded over. */
const SHEET = { x0: 0.22, y0: 0.13, x1: 0.7, y1: 0.85, fold: 0.15 };
function sheet(x, y, dx = 0, dy = 0) {
  const { x0, y0, x1, y1, fold } = SHEET;
  x -= dx;
  y -= dy;
  if (!roundedRect(x, y, x0, y0, x1, y1, 0.025)) return false;
  return x - (x1 - fold) + (y0 + fold - y) <= fold; // below the diagonal of the corner
}
/** The folded flap: the lower-left half of the corner square that was cut off the sheet. */
function foldTriangle(x, y) {
  const { x1, y0, fold } = SHEET;
  const fx = x - (x1 - fold);
  const fy = y - y0;
  return fx >= 0 && fy <= fold && fx <= fy;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}
const CHECK = [
  [0.43, 0.6],
  [0.56, 0.74],
  [0.83, 0.4],
];
function checkDistance(x, y) {
  return Math.min(
    segmentDistance(x, y, ...CHECK[0], ...CHECK[1]),
    segmentDistance(x, y, ...CHECK[1], ...CHECK[2]),
  );
}

/** The colour (with alpha) of one sample point of the icon. */
function sample(x, y, detailed) {
  if (!roundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return [0, 0, 0, 0];
  const t = y; // background: red, a little darker towards the bottom
  let c = RED.map((v, i) => v + (RED_DARK[i] - v) * Math.max(0, t - 0.4) * 1.2);
  const blend = (under, over, a) => under.map((v, i) => v + (over[i] - v) * a);
  if (sheet(x, y, 0.015, 0.02)) c = blend(c, SHADOW, 0.25);
  if (sheet(x, y)) {
    c = PAPER;
    if (foldTriangle(x, y)) c = FOLD;
    if (detailed) {
      for (const [ly, lx1] of [
        [0.32, 0.52],
        [0.41, 0.62],
        [0.5, 0.6],
        [0.59, 0.42],
      ]) {
        if (roundedRect(x, y, 0.3, ly - 0.018, lx1, ly + 0.018, 0.018)) c = INK;
      }
    }
  }
  const d = checkDistance(x, y);
  if (d <= 0.085) c = OUTLINE;
  if (d <= 0.06) c = YELLOW;
  return [...c, 255];
}

function render(size) {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  const detailed = size > 32;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, detailed);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = acc[3] / (n * n);
      png.data[i] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      png.data[i + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      png.data[i + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      png.data[i + 3] = Math.round(alpha);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'icon.png'), render(512));
const ico = await pngToIco([16, 24, 32, 48, 64, 128, 256].map(render));
fs.writeFileSync(path.join(out, 'icon.ico'), ico);
process.stdout.write(`resources/icon.png (512×512), resources/icon.ico (16–256 px, ${ico.length} bytes)\n`);
