import type { FieldError } from "./types";

/** Stable codes a caller (and a learner's UI) can switch on. */
export type KubeErrorCode =
  | "KUBE_INVALID_OBJECT"
  | "KUBE_UNKNOWN_KIND"
  | "KUBE_DOCUMENT_TOO_LARGE"
  | "KUBE_INVALID_YAML"
  | "KUBE_NOT_FOUND"
  | "KUBE_FIELD_IMMUTABLE";

/** Serialisable form of a KubeError: survives `postMessage` and JSON. */
export interface KubeErrorData {
  code: KubeErrorCode;
  message: string;
  fieldErrors: FieldError[];
}

/**
 * Base class of every error lib/kube reports. Errors are returned, not thrown, by the public API.
 * Example: `new UnknownKindError("example.com/v1", "Widget").toJSON().code === "KUBE_UNKNOWN_KIND"`
 */
export class KubeError extends Error {
  readonly code: KubeErrorCode;
  readonly fieldErrors: FieldError[];

  constructor(code: KubeErrorCode, message: string, fieldErrors: FieldError[] = []) {
    super(message);
    this.name = "KubeError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  toJSON(): KubeErrorData {
    return { code: this.code, message: this.message, fieldErrors: this.fieldErrors };
  }
}

/** Kubernetes: the API server answers 422 Invalid with one cause per field. */
export class InvalidObjectError extends KubeError {
  constructor(what: string, fieldErrors: FieldError[]) {
    const details = fieldErrors.map((error) => `${error.path}: ${error.message}`).join("; ");
    super("KUBE_INVALID_OBJECT", `${what} is invalid: ${details}`, fieldErrors);
  }
}

/** Kubernetes: `no matches for kind "X" in version "Y"` when neither built in nor defined by a CRD. */
export class UnknownKindError extends KubeError {
  constructor(apiVersion: string, kind: string) {
    super(
      "KUBE_UNKNOWN_KIND",
      `no matches for kind "${kind}" in version "${apiVersion}": the kind is not built in and no CustomResourceDefinition defines it`,
    );
  }
}

/** The engine refuses documents over 1 MB (etcd's own request limit is about 1.5 MiB). */
export class DocumentTooLargeError extends KubeError {
  constructor(size: number, limit: number) {
    super("KUBE_DOCUMENT_TOO_LARGE", `document is ${size} bytes, over the limit of ${limit} bytes`);
  }
}

/** YAML that cannot be parsed, with the position of the problem. */
export class InvalidYamlError extends KubeError {
  constructor(message: string, line: number, column: number) {
    super("KUBE_INVALID_YAML", `invalid YAML at line ${line}, column ${column}: ${message}`, [
      { path: `line ${line}, column ${column}`, message },
    ]);
  }
}

/** Kubernetes: 404 NotFound, e.g. `Deployment.apps shop/web not found`. */
export class NotFoundError extends KubeError {
  constructor(description: string) {
    super("KUBE_NOT_FOUND", `${description} not found`);
  }
}

/** Kubernetes: a Deployment's spec.selector cannot change after creation (the commonLabels outage). */
export class FieldImmutableError extends KubeError {
  constructor(what: string, path: string) {
    super("KUBE_FIELD_IMMUTABLE", `${what} is invalid: ${path}: field is immutable`, [
      { path, message: "field is immutable" },
    ]);
  }
}
