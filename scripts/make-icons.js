#!/usr/bin/env node
/*
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) without any image library: a blue
 * rounded square with a white pie whose one slice is pulled out, i.e. "a cost shared in parts".
 * Each pixel is supersampled 4×4 for smooth edges, and the PNG is written by hand (zlib deflate,
 * CRC32), so the icons can be regenerated offline: `node scripts/make-icons.js`. The PNGs are
 * committed; the build only copies them.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0, 94, 168]; // close to Region Stockholm's blue
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (size × size × 4 bytes) as a PNG. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Which colour the point (x, y) in the unit square has: null (transparent), BLUE or WHITE. */
function shade(x, y) {
  // Rounded square background.
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // Pie: the big part (300°) centred slightly left-down, the slice (60°) pulled up-right.
  const angleOf = (px, py) => (Math.atan2(-(py), px) * 180) / Math.PI; // y grows downward
  const inPie = (cx, cy, radius, from, to) => {
    const px = x - cx;
    const py = y - cy;
    if (px * px + py * py > radius * radius) return false;
    let a = angleOf(px, py);
    if (a < 0) a += 360;
    return from <= to ? a >= from && a <= to : a >= from || a <= to;
  };
  const radius = 0.3;
  if (inPie(0.47, 0.53, radius, 90, 30)) return WHITE; // 300° from 90° round to 30°
  const off = 0.07;
  if (inPie(0.47 + off * Math.cos(Math.PI / 3), 0.53 - off * Math.sin(Math.PI / 3), radius, 30, 90)) return WHITE;
  return BLUE;
}

function draw(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          alpha += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (alpha > 0) {
        rgba[offset] = Math.round(red / alpha);
        rgba[offset + 1] = Math.round(green / alpha);
        rgba[offset + 2] = Math.round(blue / alpha);
        rgba[offset + 3] = Math.round((255 * alpha) / (samples * samples));
      }
    }
  }
  return encodePng(size, rgba);
}

if (require.main === module) {
  const directory = path.join(__dirname, "..", "assets");
  fs.mkdirSync(directory, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(directory, `icon-${size}.png`);
    fs.writeFileSync(file, draw(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { draw, encodePng, SIZES };
