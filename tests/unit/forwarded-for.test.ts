import { expect, test } from "vitest";
import { forwardedForFor, normalizePeerAddress, parseTrustedProxies } from "@/lib/cli/forwarded-for.mjs";

test("a header written by the client is replaced by the peer address", () => {
  expect(forwardedForFor("6.6.6.6", "203.0.113.9", new Set())).toBe("203.0.113.9");
  expect(forwardedForFor(["1.1.1.1", "2.2.2.2"], "203.0.113.9", new Set())).toBe("203.0.113.9");
  expect(forwardedForFor(undefined, "203.0.113.9", new Set())).toBe("203.0.113.9");
});

test("a trusted proxy's chain is kept and the proxy appended", () => {
  const proxies = parseTrustedProxies(" 10.0.0.2 , 10.0.0.3,");
  expect([...proxies]).toEqual(["10.0.0.2", "10.0.0.3"]);
  expect(forwardedForFor("198.51.100.7", "10.0.0.2", proxies)).toBe("198.51.100.7, 10.0.0.2");
  // A proxy that sent no header is itself the client.
  expect(forwardedForFor(undefined, "10.0.0.2", proxies)).toBe("10.0.0.2");
  // Someone else claiming a chain is not believed.
  expect(forwardedForFor("198.51.100.7", "203.0.113.9", proxies)).toBe("203.0.113.9");
});

test("IPv4-mapped IPv6 peers are shown as IPv4", () => {
  expect(normalizePeerAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
  expect(normalizePeerAddress("::1")).toBe("::1");
  expect(normalizePeerAddress(undefined)).toBe("");
});
