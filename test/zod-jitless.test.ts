import { describe, expect, it } from "vitest";

// instrumentation-client.ts sets zod's browser configuration through the global zod reads at
// load, without importing zod (which would add zod to every page's JavaScript).
describe("zod's jitless switch, set without importing zod", () => {
  it("is the configuration zod uses", async () => {
    const global = globalThis as { __zod_globalConfig?: Record<string, unknown> };
    const before = global.__zod_globalConfig;
    delete global.__zod_globalConfig;
    try {
      await import("@/instrumentation-client");
      const { config } = await import("zod/v4/core");
      expect(config().jitless).toBe(true);
      expect(config()).toBe(global.__zod_globalConfig);
    } finally {
      if (before) global.__zod_globalConfig = before;
    }
  });
});
