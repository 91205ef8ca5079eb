// Scalars that kustomize's YAML reader (go-yaml v3 decoding into Go values, then JSON) reads
// differently from YAML 1.2's core schema, as yaml package custom tags:
// - integers go through strconv.ParseInt(s, 0, 64): "0755" is octal 493, "0b101" is 5,
//   "1_000" is 1000;
// - timestamps ("2024-01-31", "2001-12-14t21:59:43.10-05:00") become Go time.Time values,
//   which JSON writes in RFC 3339 form: "2024-01-31T00:00:00Z", "2001-12-14T21:59:43.1-05:00".
import type { ScalarTag } from "yaml";

function goInt(text: string, base: number, digits: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  return sign * parseInt(digits.replace(/_/g, ""), base);
}

const GO_OCTAL_INT: ScalarTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: /^[-+]?0_?[0-7][0-7_]*$/,
  resolve: (text) => goInt(text, 8, text.replace(/^[-+]?0/, "")),
};

const GO_BINARY_INT: ScalarTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: /^[-+]?0[bB][01_]+$/,
  resolve: (text) => goInt(text, 2, text.replace(/^[-+]?0[bB]/, "")),
};

const GO_UNDERSCORE_INT: ScalarTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: /^[-+]?[1-9][0-9]*(?:_[0-9]+)+$/,
  resolve: (text) => Number(text.replace(/_/g, "")),
};

const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:([Tt])|( ))(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$/;

const pad = (value: string) => value.padStart(2, "0");

/** go-yaml v3's timestamp layouts; null when the text is not one of them (it stays a string). */
function rfc3339(text: string): string | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const [, year, month, day, tee, space, hour, minute, second, fraction, zone] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  if (hour === undefined) return `${year}-${pad(month)}-${pad(day)}T00:00:00Z`;
  // "T"/"t" layouts need a zone; the space layout has none (UTC).
  if ((tee && !zone) || (space && zone)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const trimmed = (fraction ?? "").replace(/0+$/, "");
  const offset = !zone || zone === "Z" || zone === "+00:00" || zone === "-00:00" ? "Z" : zone;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${trimmed === "." ? "" : trimmed}${offset}`;
}

const GO_TIMESTAMP: ScalarTag = {
  tag: "tag:yaml.org,2002:timestamp",
  default: true,
  test: TIMESTAMP,
  resolve: (text) => rfc3339(text) ?? text,
};

/**
 * The custom tags that make the yaml package read manifests like kustomize.
 * @example parseAllDocuments(text, { customTags: (tags) => [...GO_YAML_TAGS, ...tags] })
 */
export const GO_YAML_TAGS: readonly ScalarTag[] = [GO_OCTAL_INT, GO_BINARY_INT, GO_UNDERSCORE_INT, GO_TIMESTAMP];
