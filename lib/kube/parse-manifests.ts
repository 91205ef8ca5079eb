import { parseAllDocuments } from "yaml";
import { DocumentTooLargeError, InvalidYamlError, type KubeErrorData } from "./errors";
import { MAX_DOCUMENT_BYTES } from "./apply";

// YAML aliases can expand exponentially ("billion laughs"); real manifests need few.
const MAX_ALIASES = 100;

export interface ParsedManifests {
  objects: unknown[];
  errors: KubeErrorData[];
}

/**
 * Parse a multi-document YAML stream into plain objects; empty documents are skipped.
 * Bad YAML, alias bombs and documents over 1 MB become errors with stable codes — never exceptions.
 * Example: `parseManifests("kind: ConfigMap\n---\nkind: Secret\n").objects.length` → 2
 */
export function parseManifests(text: string): ParsedManifests {
  if (text.length > MAX_DOCUMENT_BYTES * 16) {
    return { objects: [], errors: [new DocumentTooLargeError(text.length, MAX_DOCUMENT_BYTES * 16).toJSON()] };
  }
  const objects: unknown[] = [];
  const errors: KubeErrorData[] = [];
  for (const document of parseAllDocuments(text, { prettyErrors: false })) {
    const source = text.slice(document.range[0], document.range[1]);
    if (source.length > MAX_DOCUMENT_BYTES) {
      errors.push(new DocumentTooLargeError(source.length, MAX_DOCUMENT_BYTES).toJSON());
      continue;
    }
    if (document.errors.length > 0) {
      const first = document.errors[0];
      const [line, column] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : lineColumn(text, first.pos[0]);
      errors.push(new InvalidYamlError(first.message.split("\n")[0], line, column).toJSON());
      continue;
    }
    try {
      const value = document.toJS({ maxAliasCount: MAX_ALIASES });
      if (value !== null && value !== undefined) objects.push(value);
    } catch (error) {
      const [line, column] = lineColumn(text, document.contents?.range?.[0] ?? document.range[0]);
      const reason = String((error as Error).message ?? error);
      errors.push(new InvalidYamlError(`refused (more than ${MAX_ALIASES} aliases or unresolvable): ${reason}`, line, column).toJSON());
    }
  }
  return { objects, errors };
}

function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split("\n");
  return [before.length, before[before.length - 1].length + 1];
}
