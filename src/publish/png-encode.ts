/**
 * RGBA pixels → PNG bytes: 8-bit colour with alpha, no interlacing, every row filtered "None", the image data
 * compressed by Node's zlib at level 1 (PNG spec, ISO/IEC 15948: signature, IHDR, one IDAT, IEND).
 *
 * Why not resvg's own encoder (`asPng()`): it filters and compresses harder, and encoding was the largest part of
 * drawing an image. Measured 2026-12-07 on this VM: the build's 553 social cards drawn and encoded in a loop,
 * 8.4–9.0 s with `asPng()` against 6.0–6.2 s with this (56 KB → 64 KB a card on average); its 160 chart PNGs
 * 7.9–10.5 s against 6.7–6.8 s (162 KB → 152 KB: their large flat areas suit "None"); scripts/render-files.ts as a
 * cold build runs it (the drawing overlaps the encoding there), three paired runs: 19.6–20.4 s of CPU against
 * 21.3–22.0 s, all 713 PNGs 58.3 MB → 61.1 MB. The bytes depend on zlib's version, part of each image's cache key
 * (png.ts).
 */
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const RGBA = 6;
const FILTER_NONE = 0;
/** zlib's fastest. Level 3 made the cards as small as asPng()'s, and cost 0.3 s more CPU for the cards and 2.3 s
 * more for the chart PNGs than level 1 (same loop). */
const LEVEL = 1;

/** A chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, "latin1");
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/**
 * The rows as PNG stores them, each behind its filter byte. Kept between calls and grown when an image needs more:
 * a fresh 3 MB buffer per image would be faulted into memory page by page, which on these VMs costs as much as the
 * compression (docs/TOOLCHAIN.md §6).
 */
let scanlines = new Uint8Array(0);

/** An image as resvg draws it (`render()`): width × height pixels, row by row, 4 bytes each, not premultiplied. */
export interface RgbaImage {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export function encodePng({ pixels, width, height }: RgbaImage): Buffer {
  const rowBytes = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`encodePng: ${width}×${height}: expected a whole width and height of at least 1`);
  if (pixels.length !== rowBytes * height)
    throw new Error(`encodePng: ${pixels.length} bytes for ${width}×${height} RGBA: expected ${rowBytes * height}`);
  const size = (rowBytes + 1) * height;
  if (scanlines.length < size) scanlines = new Uint8Array(size);
  for (let y = 0; y < height; y++) {
    scanlines[y * (rowBytes + 1)] = FILTER_NONE;
    scanlines.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGBA, 0, 0, 0], 8); // bit depth, colour type, compression, filter method, interlace
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines.subarray(0, size), { level: LEVEL })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
