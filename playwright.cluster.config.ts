import { defineConfig, devices } from "@playwright/test";
import baseConfig from "./playwright.config";
import { CLUSTER_DATABASE_URL } from "./e2e/cluster/db";

// The two-instance journey (e2e/cluster/): `npm run cluster`'s two app instances behind nginx, on
// a fresh PostgreSQL database and Redis. scripts/test.mjs runs it after the main browser pass
// when PostgreSQL, Redis and nginx are all there, reusing that pass's build (NEXT_DIST_DIR).
//   E2E_CLUSTER_PORT=3200 npx playwright test -c playwright.cluster.config.ts
const PORT = Number(process.env.E2E_CLUSTER_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...baseConfig,
  testDir: "e2e/cluster",
  testMatch: /\.cluster\.ts$/,
  outputDir: `test-results/e2e-cluster-${PORT}`,
  use: { ...baseConfig.use, baseURL },
  projects: [{ name: "cluster", use: { ...devices["Desktop Chrome"], launchOptions: baseConfig.use?.launchOptions } }],
  webServer: {
    command: "node e2e/serve.mjs --cluster",
    url: `${baseURL}/api/ready`,
    timeout: 480_000, // builds only when the main pass hasn't (same NEXT_DIST_DIR)
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_PORT: String(PORT),
      E2E_DATABASE_URL: CLUSTER_DATABASE_URL,
      E2E_DATA_DIR: process.env.E2E_CLUSTER_DATA_DIR ?? `e2e/.data-cluster-${PORT}`,
      ...(process.env.E2E_REDIS_URL ? { E2E_REDIS_URL: process.env.E2E_REDIS_URL } : {}),
    },
  },
});
