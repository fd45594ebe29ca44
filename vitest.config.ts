import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // Fixed zone: nothing may depend on the machine's clock or locale zone.
    env: { TZ: "UTC" },
  },
});
