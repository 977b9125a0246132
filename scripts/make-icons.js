#!/usr/bin/env node
'use strict';
// Draws the add-in's icons into assets/ as PNG files, with Node's zlib and nothing else:
//   icon-16/32/64/80.png        the add-in: a page with a folded corner and a check mark, in Office blue
//                               (ribbon group and 打开报告助手 button: 16, 32, 80; IconUrl 32; HighResolutionIconUrl 64)
//   icon-check-16/32/80.png     the 检查报告 button: a page with text lines and a magnifying glass
// Shapes are described in a 16-unit grid and scaled; straight page edges land on whole pixels so the
// edges stay crisp, and every pixel is supersampled (8×8) so diagonals and curves are smooth. The 16 px
// icons are pixel maps drawn by hand: at that size a scaled drawing only blurs.
// Run: node scripts/make-icons.js   (the PNGs are committed; rerun only when changing the drawing)

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const OFFICE_BLUE = [0x18, 0x5a, 0xbd]; // Word's brand blue
const LINE_GREY = [0x60, 0x73, 0x8f];
const WHITE = [0xff, 0xff, 0xff];
const PALE_BLUE = [0xd4, 0xe2, 0xf6];

// ---------- PNG encoding (RGBA, 8 bits per channel) ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** @param {number} size @param {Uint8Array} rgba size*size*4 bytes */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- geometry ----------

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insidePolygon(px, py, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToPolyline(px, py, pts, closed) {
  let d = Infinity;
  const n = closed ? pts.length : pts.length - 1;
  for (let i = 0; i < n; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % pts.length];
    d = Math.min(d, distToSegment(px, py, ax, ay, bx, by));
  }
  return d;
}

// ---------- 16 px: drawn by hand, pixel by pixel ----------
// . transparent  B Office blue  W white  P pale blue (the folded corner)  G grey (text lines)

const MAIN_16 = [
  '................',
  '...BBBBBBB......',
  '...BWWWWWBB.....',
  '...BWWWWWBPB....',
  '...BWWWWWBPPB...',
  '...BWWWWWBBBB...',
  '...BWWWWWWWWB...',
  '...BWWWWWWWWB...',
  '...BWWWWWBBWB...',
  '...BWBWWBBWWB...',
  '...BWBBBBWWWB...',
  '...BWWBBWWWWB...',
  '...BWWWWWWWWB...',
  '...BWWWWWWWWB...',
  '...BBBBBBBBBB...',
  '................',
];

const CHECK_16 = [
  '................',
  '..BBBBBBB.......',
  '..BWWWWWBB......',
  '..BWWWWWBPB.....',
  '..BWGGGWBPPB....',
  '..BWWWWWBBBB....',
  '..BWGGGGGGWB....',
  '..BWWWWWWWWB....',
  '..BWGGGGWWBBB...',
  '..BWWWWWWBWWWB..',
  '..BWGGGWWBWWWB..',
  '..BWWWWWWBWWWB..',
  '..BWWWWWWWBBBB..',
  '..BWWWWWWWWB.BB.',
  '..BBBBBBBBBB..BB',
  '...............B',
];

function fromPixelMap(rows) {
  const palette = { B: OFFICE_BLUE, W: WHITE, P: PALE_BLUE, G: LINE_GREY };
  const size = rows.length;
  const out = new Uint8Array(size * size * 4);
  rows.forEach((row, y) => {
    if (row.length !== size) throw new Error(`pixel map row ${y} is ${row.length} wide, not ${size}`);
    [...row].forEach((ch, x) => {
      const colour = palette[ch];
      if (colour) out.set([...colour, 255], (y * size + x) * 4);
    });
  });
  return out;
}

// ---------- drawing ----------

/**
 * A layer is a function (x, y) → colour or null, in pixel coordinates; layers are painted in order.
 * Each pixel's colour is the average of 8×8 samples (transparent where no layer paints).
 */
function render(size, layers) {
  const n = 8;
  const out = new Uint8Array(size * size * 4);
  const colourAt = (px, py) => {
    let colour = null;
    for (const layer of layers) colour = layer(px, py) || colour;
    return colour;
  };
  const edge = 0.5 / n;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // where the outermost samples and the centre agree, the pixel is one colour (no feature here is thinner
      // than a pixel): skip the 64 samples
      const probe = [colourAt(x + 0.5, y + 0.5), colourAt(x + edge, y + edge), colourAt(x + 1 - edge, y + edge), colourAt(x + edge, y + 1 - edge), colourAt(x + 1 - edge, y + 1 - edge)];
      if (probe.every((c) => c === probe[0])) {
        if (probe[0]) out.set([...probe[0], 255], i);
        continue;
      }
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = x + (sx + 0.5) / n;
          const py = y + (sy + 0.5) / n;
          const colour = colourAt(px, py);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return out;
}

/** The page outline in pixels: whole-pixel edges, folded top-right corner. */
function page(size) {
  const u = size / 16;
  const stroke = Math.max(1, Math.round(size / 20));
  const x0 = Math.round(2.5 * u);
  const x1 = size - Math.round(2.5 * u);
  const y0 = Math.round(1 * u);
  const y1 = size - Math.round(1 * u);
  const fold = Math.round(4 * u);
  const outline = [
    [x0, y0],
    [x1 - fold, y0],
    [x1, y0 + fold],
    [x1, y1],
    [x0, y1],
  ];
  const inFold = (x, y) => x >= x1 - fold && y <= y0 + fold;
  const layers = [
    // paper (the folded corner a pale blue), its border drawn just inside the outline, and the crease
    (x, y) => (insidePolygon(x, y, outline) ? (inFold(x, y) ? PALE_BLUE : WHITE) : null),
    (x, y) => (insidePolygon(x, y, outline) && distToPolyline(x, y, outline, true) < stroke ? OFFICE_BLUE : null),
    (x, y) =>
      insidePolygon(x, y, outline) &&
      ((x >= x1 - fold && x < x1 - fold + stroke && y <= y0 + fold) || (y >= y0 + fold && y < y0 + fold + stroke && x >= x1 - fold))
        ? OFFICE_BLUE
        : null,
  ];
  return { u, stroke, x0, x1, y0, y1, fold, layers };
}

function thickPolyline(pts, width, colour) {
  return (x, y) => (distToPolyline(x, y, pts, false) <= width / 2 ? colour : null);
}

/** The add-in's icon: a page with a bold check mark. */
function drawMain(size) {
  if (size === 16) return fromPixelMap(MAIN_16);
  const p = page(size);
  const u = p.u;
  const check = [
    [5.0 * u, 9.2 * u],
    [7.3 * u, 11.5 * u],
    [11.2 * u, 6.6 * u],
  ];
  const width = 2.1 * u;
  return render(size, [...p.layers, thickPolyline(check, width, OFFICE_BLUE)]);
}

/** The 检查报告 button: a page with text lines and a magnifying glass over its lower right. */
function drawCheck(size) {
  if (size === 16) return fromPixelMap(CHECK_16);
  const p = page(size);
  const u = p.u;
  const lineWidth = Math.max(1, Math.round(size / 16));
  const lines = [];
  const left = p.x0 + p.stroke + Math.max(1, Math.round(1.2 * u));
  for (const [row, right] of [
    [5, 9],
    [7.5, 10.5],
    [10, 6.5],
  ]) {
    const y = Math.round(row * u);
    lines.push((x, yy) => (x >= left && x <= right * u && yy >= y && yy < y + lineWidth ? LINE_GREY : null));
  }
  const cx = 10.2 * u;
  const cy = 10.6 * u;
  const radius = 3.1 * u;
  const ring = Math.max(1.3, 1.35 * u);
  const glass = (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (d <= radius - ring / 2) return WHITE; // the lens hides the lines beneath
    if (Math.abs(d - radius) <= ring / 2) return OFFICE_BLUE;
    return null;
  };
  const k = Math.SQRT1_2;
  const handle = thickPolyline(
    [
      [cx + (radius + ring * 0.3) * k, cy + (radius + ring * 0.3) * k],
      [15.1 * u, 15.5 * u],
    ],
    Math.max(1.8, 1.9 * u),
    OFFICE_BLUE,
  );
  return render(size, [...p.layers, ...lines, glass, handle]);
}

/** Every icon as [file name, PNG bytes]. */
function drawIcons() {
  const files = [];
  for (const size of [16, 32, 64, 80]) files.push([`icon-${size}.png`, encodePng(size, drawMain(size))]);
  for (const size of [16, 32, 80]) files.push([`icon-check-${size}.png`, encodePng(size, drawCheck(size))]);
  return files;
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, png] of drawIcons()) {
    fs.writeFileSync(path.join(dir, name), png);
    console.log(`assets/${name}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { drawIcons, encodePng, crc32 };
