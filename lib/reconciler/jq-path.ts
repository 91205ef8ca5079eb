// The common forms of Argo CD's ignoreDifferences.jqPathExpressions, evaluated to the concrete
// fields they name in one object. Argo CD runs real jq (gojq); we support the path subset its
// documentation and users rely on:
//   .spec.replicas   .metadata.labels["app.kubernetes.io/version"]   .metadata.annotations."x"
//   .spec.template.spec.containers[].image   .spec.containers[0]
//   .spec.template.spec.initContainers[] | select(.name == "istio-init")   (also !=)
// Anything else is refused with a clear error rather than silently ignoring nothing.

export class JqPathError extends Error {
  readonly code = "UNSUPPORTED_JQ_PATH";
  constructor(readonly expression: string, reason: string) {
    super(`jqPathExpression ${JSON.stringify(expression)}: ${reason}`);
  }
}

type Step =
  | { type: "key"; key: string }
  | { type: "index"; index: number }
  | { type: "each" }
  | { type: "select"; path: string[]; operator: "==" | "!="; value: unknown };

const KEY = /^\.([A-Za-z_][A-Za-z0-9_-]*)/;
const QUOTED_KEY = /^\.?"((?:[^"\\]|\\.)*)"/;
const BRACKET_KEY = /^\.?\[\s*"((?:[^"\\]|\\.)*)"\s*\]/;
const BRACKET_INDEX = /^\.?\[\s*(\d+)\s*\]/;
const EACH = /^\.?\[\s*\]/;
const SELECT = /^select\(\s*((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)\s*(==|!=)\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)\s*\)$/;

function parseSegment(expression: string, segment: string): Step[] {
  const select = SELECT.exec(segment);
  if (select) {
    return [{ type: "select", path: select[1].slice(1).split("."), operator: select[2] as "==" | "!=", value: JSON.parse(select[3]) }];
  }
  const steps: Step[] = [];
  let rest = segment;
  if (rest === ".") return steps;
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = EACH.exec(rest))) steps.push({ type: "each" });
    else if ((match = BRACKET_INDEX.exec(rest))) steps.push({ type: "index", index: Number(match[1]) });
    else if ((match = BRACKET_KEY.exec(rest)) || (match = QUOTED_KEY.exec(rest))) steps.push({ type: "key", key: JSON.parse(`"${match[1]}"`) });
    else if ((match = KEY.exec(rest))) steps.push({ type: "key", key: match[1] });
    else throw new JqPathError(expression, `cannot read ${JSON.stringify(rest)}`);
    rest = rest.slice(match[0].length);
  }
  return steps;
}

function parseExpression(expression: string): Step[] {
  const segments = expression.split("|").map((segment) => segment.trim());
  if (segments.some((segment) => segment === "")) throw new JqPathError(expression, "empty pipe segment");
  if (!segments[0].startsWith(".")) throw new JqPathError(expression, "a path must start with .");
  return segments.flatMap((segment) => parseSegment(expression, segment));
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined), value);
}

interface Match {
  tokens: string[];
  value: unknown;
}

function applyStep(matches: Match[], step: Step): Match[] {
  return matches.flatMap(({ tokens, value }): Match[] => {
    switch (step.type) {
      case "key":
        return value && typeof value === "object" && !Array.isArray(value) && step.key in value
          ? [{ tokens: [...tokens, step.key], value: (value as Record<string, unknown>)[step.key] }]
          : [];
      case "index":
        return Array.isArray(value) && step.index < value.length ? [{ tokens: [...tokens, String(step.index)], value: value[step.index] }] : [];
      case "each":
        if (Array.isArray(value)) return value.map((item, index) => ({ tokens: [...tokens, String(index)], value: item }));
        if (value && typeof value === "object") {
          return Object.keys(value).sort().map((key) => ({ tokens: [...tokens, key], value: (value as Record<string, unknown>)[key] }));
        }
        return [];
      case "select": {
        const equal = JSON.stringify(valueAt(value, step.path)) === JSON.stringify(step.value);
        return equal === (step.operator === "==") ? [{ tokens, value }] : [];
      }
    }
  });
}

/**
 * The JSON-pointer tokens of every field `expression` selects in `root`.
 * @example jqPathMatches(deployment, '.spec.template.spec.containers[] | select(.name == "proxy")')
 *          // [["spec", "template", "spec", "containers", "1"]]
 */
export function jqPathMatches(root: unknown, expression: string): string[][] {
  const steps = parseExpression(expression.trim());
  return steps.reduce<Match[]>(applyStep, [{ tokens: [], value: root }]).map((match) => match.tokens);
}
