// The end-to-end run starts the product as `npm start` does, and stops it afterwards.
import { startServer } from "./start-server";

export default async function globalSetup() {
  const server = await startServer("test-results/e2e-server.log");
  process.env.E2E_BASE_URL = server.baseURL;
  return () => server.stop();
}
