/**
 * Vitest globalSetup: serve dist/ on a free loopback port for the whole e2e run and hand its URL to the tests
 * (`inject("baseUrl")`). Fails early, with the fix in the message, when there is no build to test.
 */
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/serve.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the served build, without a trailing slash: "http://127.0.0.1:39123". */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/404.html")) {
    throw new Error("e2e: dist/ has no build; run `npm run build` first");
  }
  const server = await startServer({ root: "dist", port: 0 });
  project.provide("baseUrl", server.url);
  return () => server.close();
}
