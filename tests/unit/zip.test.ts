import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zipFiles } from "../../src/publish/zip.ts";
import { tempDir } from "./helpers.ts";

describe("zip", () => {
  // testzip() checks every member's CRC-32 as well as its data.
  it("writes an archive that python's zipfile opens and verifies, byte-identical on a second run", () => {
    const files = [
      { name: "a/b.csv", data: new TextEncoder().encode("x,y\n1,2\n") },
      { name: "a/c.txt", data: new TextEncoder().encode("é") },
    ];
    const zip = zipFiles(files);
    expect(Buffer.from(zipFiles(files)).equals(Buffer.from(zip))).toBe(true);
    const path = join(tempDir("zip"), "t.zip");
    writeFileSync(path, zip);
    const out = execFileSync(
      "python3",
      [
        "-c",
        "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip(), z.read('a/b.csv').decode(), z.read('a/c.txt').decode())",
        path,
      ],
      { encoding: "utf8" },
    );
    expect(out).toBe("None x,y\n1,2\n é\n");
  });
});
