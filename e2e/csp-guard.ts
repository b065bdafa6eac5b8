import { test as base, expect } from "@playwright/test";

/**
 * Playwright's `test`, failing any journey during which a page reports a Content-Security-Policy
 * violation (a script, style or request the policy blocked: something would be broken for users).
 * Import `test` from here instead of "@playwright/test" to guard a journey.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (/Content[- ]Security[- ]Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
      });
      // Chromium logs most violations to the console; the event catches the rest (an init script
      // is not subject to the page's policy).
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`Content-Security-Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
