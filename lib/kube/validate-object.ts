import type { KindInfo } from "./kinds/builtin-kinds";
import type { FieldError } from "./types";

// Kubernetes: object names are DNS-1123 subdomains (253 characters, lower case, '-' and '.').
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Check an object against its kind's schema, plus the metadata rules every object follows.
 * Each error names its field path. Example: `validateObject(info, obj)` → `[{ path: "spec.replicas", message: "must be integer" }]`
 */
export function validateObject(info: KindInfo, object: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [...metadataErrors(info, object)];
  if (info.validate && !info.validate(object)) {
    for (const error of info.validate.errors ?? []) {
      errors.push(toFieldError(error));
    }
  }
  const unique = new Map(errors.map((error) => [`${error.path}\u0000${error.message}`, error]));
  return [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
}

function metadataErrors(info: KindInfo, object: Record<string, unknown>): FieldError[] {
  const metadata = object.metadata as Record<string, unknown> | undefined;
  const name = metadata?.name;
  if (typeof name !== "string" || name === "") return [{ path: "metadata.name", message: "Required value: name is required" }];
  const errors: FieldError[] = [];
  if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    errors.push({
      path: "metadata.name",
      message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`,
    });
  }
  if (!info.namespaced && metadata?.namespace) {
    errors.push({ path: "metadata.namespace", message: `must be empty: ${info.kind} is cluster-scoped` });
  }
  return errors;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turn Ajv's `/spec/replicas` and keyword into Kubernetes-style `spec.replicas: must be integer`. */
function toFieldError(error: AjvError): FieldError {
  const segments = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  let path = segments.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), "");
  let message: string;
  switch (error.keyword) {
    case "type":
      message = `must be ${String(error.params.type)}`;
      break;
    case "required":
      path = path ? `${path}.${String(error.params.missingProperty)}` : String(error.params.missingProperty);
      message = "Required value";
      break;
    case "enum":
      message = `Unsupported value: must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
      break;
    case "additionalProperties":
      path = path ? `${path}.${String(error.params.additionalProperty)}` : String(error.params.additionalProperty);
      message = "unknown field";
      break;
    default:
      message = error.message ?? `failed ${error.keyword} check`;
  }
  return { path: path || "(root)", message };
}
