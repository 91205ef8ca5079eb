// The browser's storage for the sandbox: one lightning-fs (IndexedDB) database per scenario
// holding the repositories under /repos/<name> and the saved session in /state.json.
import FS from "@isomorphic-git/lightning-fs";
import type { GitFs } from "@/lib/git";
import { repositoryName, type SandboxStorage, type SessionRecord } from "@/lib/sandbox/sandbox-session";

const STATE_FILE = "/state.json";

function databaseName(scenario: string): string {
  return `reconcile-sandbox-${scenario}`;
}

export class LightningStorage {
  private fs: FS;

  constructor(private readonly scenario: string) {
    this.fs = new FS(databaseName(scenario));
  }

  storage(): SandboxStorage {
    return { fs: this.fs as unknown as GitFs, repoDir: (url) => `/repos/${repositoryName(url)}` };
  }

  /** Deletes everything: a fresh, empty database under the same name. */
  async wipe(): Promise<void> {
    this.fs.init(databaseName(this.scenario), { wipe: true });
    await this.fs.promises.flush();
  }

  async load(): Promise<unknown> {
    try {
      const text = (await this.fs.promises.readFile(STATE_FILE, { encoding: "utf8" })) as string;
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  async save(record: SessionRecord): Promise<void> {
    await this.fs.promises.writeFile(STATE_FILE, JSON.stringify(record), { encoding: "utf8", mode: 0o644 });
    // lightning-fs writes its directory tree lazily; flush so a reload right after finds it.
    await this.fs.promises.flush();
  }
}
