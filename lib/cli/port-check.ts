import net from "node:net";

export class PortInUseError extends Error {
  readonly code = "PORT_IN_USE";
  constructor(readonly port: number) {
    super(`Port ${port} is already in use: stop what is using it, or choose another port with PORT (e.g. PORT=${port + 1} npm start).`);
  }
}

/** Resolves when `port` can be bound on every interface, as `next start` will. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" || error.code === "EACCES" ? new PortInUseError(port) : error);
    });
    server.listen({ port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/** A port nothing listens on now (tests start servers on it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
