// JSON exactly as Go's encoding/json.Marshal writes it, because kustomize hashes that text:
// object keys sorted bytewise, no spaces, "<", ">" and "&" escaped as \u003c \u003e \u0026
// (Marshal's HTML escaping), U+2028/U+2029 escaped, and \b \f written short (Go ≥ 1.22).
import { isJsonObject, type JsonValue } from "./json-value";

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (SHORT_ESCAPES[char]) out += SHORT_ESCAPES[char];
    else if (code < 0x20 || char === "<" || char === ">" || char === "&" || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += char;
  }
  return `${out}"`;
}

/** Go sorts map keys by their UTF-8 bytes; for the BMP that is UTF-16 order except surrogates. */
function compareBytewise(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * Marshals a JSON value the way Go's json.Marshal does (maps sorted).
 * @example goJsonMarshal({ name: "a&b", kind: "ConfigMap" }) // '{"kind":"ConfigMap","name":"a\\u0026b"}'
 */
export function goJsonMarshal(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return goQuote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(goJsonMarshal).join(",")}]`;
  if (!isJsonObject(value)) return "null";
  const keys = Object.keys(value).sort(compareBytewise);
  return `{${keys.map((key) => `${goQuote(key)}:${goJsonMarshal(value[key])}`).join(",")}}`;
}
