// Prints resources exactly as `kustomize build` does. Kustomize turns each resource into JSON
// and prints it with sigs.k8s.io/yaml (go-yaml v2): map keys in go-yaml's "natural" order,
// 2-space indentation, list items not indented under their key, "{}"/"[]" for empty
// collections, and documents joined by "---".
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";
import { writeScalar } from "./write-scalar";
import { isBreak } from "./yaml-scalar-style";

const isLetter = (char: string) => /\p{L}/u.test(char);
const isDigit = (char: string) => char >= "0" && char <= "9";

/**
 * go-yaml v2's key order (sorter.go keyList.Less): letters after other characters, and runs
 * of digits compared as numbers, so "a9" sorts before "a10".
 * @example ["b", "a10", "a9"].sort(compareKeys) // ["a9", "a10", "b"]
 */
export function compareKeys(a: string, b: string): number {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i] ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ar[i] < br[i] ? -1 : 1;
  }
  return ar.length - br.length;
}

// Integers come back from kustomize's JSON as ints and print as such; other numbers are
// floats that go-yaml v2 prints with strconv.FormatFloat(f, 'g', -1, 64): exponent form when
// the exponent is below -4 or at least 6 ("1.2345675e+06", "1e-05").
function formatNumber(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  if (Number.isInteger(value)) return String(value);
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 6) return String(value);
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/** A scalar or empty collection written after `column` characters; null for a nested block. */
function inlineValue(value: JsonValue, column: number, indent: number): string | null {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return writeScalar(value, { column, indent, isKey: false });
  if (Array.isArray(value)) return value.length === 0 ? "[]" : null;
  return Object.keys(value).length === 0 ? "{}" : null;
}

// libyaml writes a key on its own line after "? " when it is not a "simple key": when it
// spans lines or is longer than 128 bytes. The value then follows a ":" line.
function isSimpleKey(key: string): boolean {
  return !Array.from(key).some(isBreak) && new TextEncoder().encode(key).length <= 128;
}

function writeEntry(head: string, value: JsonValue, indent: number, lines: string[]): void {
  const inline = inlineValue(value, head.length + 1, indent + 2);
  if (inline !== null) lines.push(`${head} ${inline}`);
  else {
    lines.push(head);
    writeBlock(value, Array.isArray(value) ? indent : indent + 2, null, lines);
  }
}

function writeMapping(map: JsonObject, indent: number, firstPrefix: string | null, lines: string[]): void {
  Object.keys(map)
    .sort(compareKeys)
    .forEach((key, index) => {
      const prefix = index === 0 && firstPrefix !== null ? firstPrefix : " ".repeat(indent);
      if (isSimpleKey(key)) {
        writeEntry(`${prefix}${writeScalar(key, { column: prefix.length, indent: indent + 2, isKey: true })}:`, map[key], indent, lines);
        return;
      }
      lines.push(`${prefix}? ${writeScalar(key, { column: prefix.length + 2, indent: indent + 2, isKey: false })}`);
      const value = map[key];
      const valuePrefix = `${" ".repeat(indent)}: `;
      const inline = inlineValue(value, valuePrefix.length, indent + 2);
      // A collection starts on the ":" line, like a list item's content after "- ".
      if (inline !== null) lines.push(`${valuePrefix}${inline}`);
      else writeBlock(value, indent + 2, valuePrefix, lines);
    });
}

function writeSequence(list: readonly JsonValue[], indent: number, firstPrefix: string | null, lines: string[]): void {
  list.forEach((item, index) => {
    const prefix = `${index === 0 && firstPrefix !== null ? firstPrefix : " ".repeat(indent)}- `;
    const inline = inlineValue(item, prefix.length, indent + 2);
    if (inline !== null) lines.push(`${prefix}${inline}`);
    else writeBlock(item, indent + 2, prefix, lines);
  });
}

function writeBlock(value: JsonValue, indent: number, firstPrefix: string | null, lines: string[]): void {
  if (Array.isArray(value)) writeSequence(value, indent, firstPrefix, lines);
  else if (isJsonObject(value)) writeMapping(value, indent, firstPrefix, lines);
}

/**
 * One resource as kustomize prints it (ends with a newline).
 * @example printResource({ kind: "ConfigMap", apiVersion: "v1" }) // "apiVersion: v1\nkind: ConfigMap\n"
 */
export function printResource(object: JsonObject): string {
  if (Object.keys(object).length === 0) return "{}\n";
  const lines: string[] = [];
  writeMapping(object, 0, null, lines);
  return `${lines.join("\n")}\n`;
}

/**
 * The output of `kustomize build`: each resource printed, joined by "---" lines.
 * @example printResources([a, b]) // "…a…\n---\n…b…\n"
 */
export function printResources(objects: readonly JsonObject[]): string {
  return objects.map(printResource).join("---\n");
}
