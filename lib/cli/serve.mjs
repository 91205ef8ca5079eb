// The production web server: Next's request handler behind a plain Node HTTP server, started
// by lib/cli/start.ts. It exists for one reason: sign-in rate limiting keys on the client's
// address, which better-auth reads from X-Forwarded-For, and `next start` passes a header the
// client wrote straight through — one forged header per attempt would defeat the limit. Here
// the header is rewritten from the TCP peer: replaced by it, or, when the peer is one of the
// TRUSTED_PROXIES (a load balancer), extended with it so better-auth can walk the chain.
import http from "node:http";
import next from "next";
import { forwardedForFor, normalizePeerAddress, parseTrustedProxies } from "./forwarded-for.mjs";

const port = Number(process.env.PORT ?? 3000);
// All interfaces, like `next start`; put a load balancer or firewall in front in production.
const hostname = undefined;
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const peer = normalizePeerAddress(request.socket.remoteAddress);
  request.headers["x-forwarded-for"] = forwardedForFor(request.headers["x-forwarded-for"], peer, trustedProxies);
  handle(request, response);
});
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `reconcile: port ${port} is already in use; choose another with PORT.` : error.message);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`reconcile: ready on port ${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; do not wait for them forever.
    setTimeout(() => process.exit(0), 3_000).unref();
    server.closeIdleConnections?.();
  });
}
