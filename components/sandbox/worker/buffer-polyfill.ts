// isomorphic-git expects Node's Buffer as a global; a worker has none. This module is imported
// first by the worker entry so the global exists before isomorphic-git is evaluated.
import { Buffer } from "buffer";

const scope = globalThis as typeof globalThis & { Buffer?: typeof Buffer };
if (!scope.Buffer) scope.Buffer = Buffer;
