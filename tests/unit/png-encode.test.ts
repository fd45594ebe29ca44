import { describe, expect, it } from "vitest";
import { crc32, inflateSync } from "node:zlib";
import { encodePng } from "../../src/publish/png-encode.ts";

/** The chunks of a PNG, read by the spec's layout (length, type, data, CRC), after its 8-byte signature. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crc: number }[] {
  const bytes = Buffer.from(png);
  const out = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    out.push({
      type: bytes.toString("latin1", at + 4, at + 8),
      data: bytes.subarray(at + 8, at + 8 + length),
      crc: bytes.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

/** A width × height image whose every byte differs from its neighbours, alpha included. */
const pattern = (width: number, height: number) => ({
  pixels: Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + 11) % 256),
  width,
  height,
});

describe("encodePng", () => {
  it("writes the signature, then IHDR, one IDAT and IEND, each with a valid CRC", () => {
    const png = encodePng(pattern(3, 2));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [ihdr, idat, iend, ...rest] = chunks(png);
    expect([ihdr!.type, idat!.type, iend!.type, rest.length]).toEqual(["IHDR", "IDAT", "IEND", 0]);
    // width 3, height 2, bit depth 8, colour type 6 (RGBA), compression 0, filter method 0, no interlacing
    expect([...ihdr!.data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    // The CRC of an empty IEND is the same in every PNG ever written: a check that does not trust our own CRC.
    expect(iend!.crc).toBe(0xae426082);
    // Each CRC covers the chunk's type and data, not its data alone.
    for (const c of [ihdr!, idat!]) expect(c.crc).toBe(crc32(Buffer.concat([Buffer.from(c.type, "latin1"), c.data])));
  });

  it("stores every row behind filter byte 0, so the image data inflates back to the pixels", () => {
    const image = pattern(5, 3);
    const idat = chunks(encodePng(image)).find((c) => c.type === "IDAT")!;
    const rows = inflateSync(idat.data);
    expect(rows.length).toBe(3 * (1 + 5 * 4));
    for (let y = 0; y < 3; y++) {
      const row = rows.subarray(y * 21, (y + 1) * 21);
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...image.pixels.subarray(y * 20, (y + 1) * 20)]);
    }
  });

  it("encodes a small image correctly after a larger one (the row buffer is reused between calls)", () => {
    const small = encodePng(pattern(2, 2));
    encodePng(pattern(64, 64));
    expect(encodePng(pattern(2, 2))).toEqual(small);
  });

  it("refuses pixels that do not match the size, and sizes below 1×1", () => {
    expect(() => encodePng({ pixels: new Uint8Array(15), width: 2, height: 2 })).toThrow(
      "encodePng: 15 bytes for 2×2 RGBA: expected 16",
    );
    expect(() => encodePng({ pixels: new Uint8Array(0), width: 0, height: 0 })).toThrow(
      "expected a whole width and height of at least 1",
    );
  });
});
