/** A problem in content/, located by file (relative to the repository) and, when known, line. */
export class ContentError extends Error {
  readonly code = "CONTENT_INVALID";
  constructor(
    readonly file: string,
    readonly rule: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${rule}`);
  }
}
