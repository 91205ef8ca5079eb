// Errors of the kustomize build, as data: a stable code the UI can branch on, the file it is
// about, and a message a learner can read. Plain fields only, so they cross a worker boundary.

export const KUSTOMIZE_ERROR_CODES = [
  "FILE_NOT_FOUND",
  "MISSING_KUSTOMIZATION",
  "REMOTE_RESOURCE",
  "PATH_OUTSIDE_ROOT",
  "CYCLE",
  "INVALID_YAML",
  "YAML_LIMIT",
  "INVALID_RESOURCE",
  "INVALID_KUSTOMIZATION",
  "UNSUPPORTED_FIELD",
  "DUPLICATE_RESOURCE",
  "PATCH_TARGET_NOT_FOUND",
  "INVALID_PATCH",
  "GENERATOR_CONFLICT",
  "AMBIGUOUS_REFERENCE",
  "INTERNAL",
] as const;

export type KustomizeErrorCode = (typeof KUSTOMIZE_ERROR_CODES)[number];

/** The serialisable form of a KustomizeError. */
export interface KustomizeErrorData {
  code: KustomizeErrorCode;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A build error with a stable code.
 * @example new KustomizeError("FILE_NOT_FOUND", "base/missing.yaml: no such file", { file: "base/missing.yaml" })
 */
export class KustomizeError extends Error {
  readonly code: KustomizeErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: KustomizeErrorCode, message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = "KustomizeError";
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  toJSON(): KustomizeErrorData {
    const data: KustomizeErrorData = { code: this.code, message: this.message };
    if (this.file !== undefined) data.file = this.file;
    if (this.line !== undefined) data.line = this.line;
    if (this.column !== undefined) data.column = this.column;
    return data;
  }
}
