// `kubectl get -o jsonpath='{.spec.replicas}'`, the common subset: text with {…} expressions
// of fields (`.a.b`, `.a\.b` for dotted keys, `['a.b']`), indexes (`[0]`, `[*]`) and string
// literals (`{"\n"}`). Missing fields print nothing, as with kubectl's default
// --allow-missing-template-keys=true. `range` and filters are not modelled.

type Step = { key: string } | { index: number } | { all: true };

function parsePath(expression: string): Step[] | string {
  const steps: Step[] = [];
  let rest = expression.trim().replace(/^\$/, "");
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = /^\.((?:\\.|[^.[\\])+)/.exec(rest))) steps.push({ key: match[1].replace(/\\(.)/g, "$1") });
    else if ((match = /^\[(\d+)\]/.exec(rest))) steps.push({ index: Number(match[1]) });
    else if ((match = /^\[\*\]/.exec(rest))) steps.push({ all: true });
    else if ((match = /^\['([^']*)'\]/.exec(rest)) || (match = /^\["([^"]*)"\]/.exec(rest))) steps.push({ key: match[1] });
    else return `unrecognized character in action: ${rest[0]}`;
    rest = rest.slice(match[0].length);
  }
  return steps;
}

function evaluate(values: unknown[], steps: readonly Step[]): unknown[] {
  return steps.reduce<unknown[]>(
    (current, step) =>
      current.flatMap((value) => {
        if ("key" in step) return value && typeof value === "object" && !Array.isArray(value) && step.key in value ? [(value as Record<string, unknown>)[step.key]] : [];
        if (!Array.isArray(value)) return [];
        if ("all" in step) return value;
        return step.index < value.length ? [value[step.index]] : [];
      }),
    values,
  );
}

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/**
 * @example renderJsonPath("{.spec.replicas}", deployment) // { ok: true, text: "3" }
 */
export function renderJsonPath(template: string, root: unknown): { ok: true; text: string } | { ok: false; message: string } {
  let text = "";
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf("{");
    if (open < 0) return { ok: true, text: text + rest };
    const close = rest.indexOf("}", open);
    if (close < 0) return { ok: false, message: `error parsing jsonpath ${template}, unclosed action` };
    text += rest.slice(0, open);
    const expression = rest.slice(open + 1, close).trim();
    if (expression.startsWith('"')) {
      try {
        text += JSON.parse(expression) as string;
      } catch {
        return { ok: false, message: `error parsing jsonpath ${template}, invalid string ${expression}` };
      }
    } else {
      const steps = parsePath(expression);
      if (typeof steps === "string") return { ok: false, message: `error parsing jsonpath ${template}, ${steps}` };
      text += evaluate([root], steps).map(show).join(" ");
    }
    rest = rest.slice(close + 1);
  }
  return { ok: true, text };
}
