// Kubernetes label selectors (matchLabels and matchExpressions with In, NotIn, Exists,
// DoesNotExist), as cluster generators and post-selectors use them.

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] }[];
}

/** @example matchesSelector({ env: "prod" }, { matchLabels: { env: "prod" } }) // true */
export function matchesSelector(labels: Record<string, string>, selector: LabelSelector | undefined): boolean {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const expression of selector.matchExpressions ?? []) {
    const present = expression.key in labels;
    const inValues = present && (expression.values ?? []).includes(labels[expression.key]);
    const ok =
      expression.operator === "In" ? inValues :
      expression.operator === "NotIn" ? !inValues :
      expression.operator === "Exists" ? present :
      !present;
    if (!ok) return false;
  }
  return true;
}
