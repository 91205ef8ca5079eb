// `npm test` ends in a real browser: say so in one line before anything else runs if there is
// none, instead of failing ten minutes later with a launch error.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  if (!existsSync(chromiumPath)) {
    console.error(
      `Chromium not found at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
