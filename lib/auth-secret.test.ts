import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claimSecret, ensureSecret } from "./auth-secret";

const dirs: string[] = [];
function freshDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-secret-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the generated auth secret", () => {
  it("is made once, kept readable only by its owner, and read back on every later start", () => {
    const dir = path.join(freshDir(), "data");
    const first = ensureSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(ensureSecret(dir)).toBe(first);
    expect(readdirSync(dir)).toEqual(["auth-secret"]); // no leftover files of its own
  });

  it("of two instances making one at once, both end up with the one kept first", () => {
    const dir = freshDir();
    const file = path.join(dir, "auth-secret");
    // Both found no file; the first to link its secret into place wins, the second reads it.
    expect(claimSecret(file, "secret-of-the-first-instance-0123456789")).toBe("secret-of-the-first-instance-0123456789");
    expect(claimSecret(file, "secret-of-the-second-instance-012345678")).toBe("secret-of-the-first-instance-0123456789");
    expect(readFileSync(file, "utf8")).toBe("secret-of-the-first-instance-0123456789");
    expect(readdirSync(dir)).toEqual(["auth-secret"]);
  });
});
