import { getViteConfig } from "astro/config";

/**
 * End-to-end tests in real Chromium against the built site (dist/). They build nothing: CI runs `npm run build`
 * first. One test file at a time: the machine has 2 cores and each file launches Chromium.
 * Wrapped in Astro's Vite config so a test can also render a component on its own (Astro container API), e.g. to
 * put ChartFigure through axe before any page uses it.
 */
export default getViteConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/serve.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
