/** SVG → PNG at build time (resvg), with the Inter font from npm rather than whatever the machine has installed. */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];

export function renderPng(svg: string, width?: number): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "Inter" },
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
