// The limiter's keys (issue 12, defects 4 and 12): who a request is from, and what counts as one account.
import { describe, expect, it } from "vitest";
import { accountKey, clientIp, normalizeIp, retryPhrase } from "./keys";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientIp", () => {
  it("served directly: the address Next put in X-Forwarded-For (the last hop)", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.5" }), 0)).toBe("203.0.113.5");
    expect(clientIp(h({ "x-forwarded-for": "10.0.0.1, 203.0.113.5" }), 0)).toBe("203.0.113.5");
    expect(clientIp(h({}), 0)).toBe("unknown");
    expect(clientIp(h({ "x-real-ip": "203.0.113.9" }), 0)).toBe("203.0.113.9");
  });

  it("behind N proxies: the hop the outermost proxy wrote, never one the client wrote", () => {
    const forged = h({ "x-forwarded-for": "1.1.1.1, 203.0.113.5" }); // client sent 1.1.1.1; our proxy appended the real one
    expect(clientIp(forged, 1)).toBe("203.0.113.5");
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1, 203.0.113.5, 10.0.0.2" }), 2)).toBe("203.0.113.5");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.5" }), 3)).toBe("203.0.113.5");
  });

  it("normalises addresses: IPv4-mapped IPv6, ports, and one /64 for IPv6", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("203.0.113.5:4431")).toBe("203.0.113.5");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normalizeIp("2001:db8:0:0:ffff::2")).toBe(normalizeIp("2001:DB8::1"));
    expect(normalizeIp("2001:db8:0:1::1")).not.toBe(normalizeIp("2001:db8::1"));
    expect(normalizeIp("not-an-ip")).toBe("unknown");
  });
});

describe("accountKey", () => {
  it("is the same for any case or spacing of one email, different across emails, and doesn't hold the email", () => {
    expect(accountKey(" Sam@Example.com ")).toBe(accountKey("sam@example.com"));
    expect(accountKey("sam@example.com")).not.toBe(accountKey("sam2@example.com"));
    expect(accountKey("sam@example.com")).not.toContain("sam");
  });
});

describe("retryPhrase", () => {
  it("rounds up to whole minutes, at least one", () => {
    expect(retryPhrase(1)).toBe("Try again in 1 minute.");
    expect(retryPhrase(60_000)).toBe("Try again in 1 minute.");
    expect(retryPhrase(60_001)).toBe("Try again in 2 minutes.");
    expect(retryPhrase(15 * 60_000)).toBe("Try again in 15 minutes.");
  });
});
