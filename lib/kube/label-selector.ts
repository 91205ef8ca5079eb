/** A Kubernetes label selector (matchLabels and matchExpressions). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] }>;
}

/**
 * Does a label set match? An empty selector matches everything (Kubernetes' rule for list calls).
 * Example: `matchesSelector({ matchLabels: { app: "web" } }, { app: "web", tier: "fe" })` → true
 */
export function matchesSelector(selector: LabelSelector | Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  const set = labels ?? {};
  const structured = "matchLabels" in selector || "matchExpressions" in selector;
  const matchLabels = (structured ? (selector as LabelSelector).matchLabels : selector) as Record<string, string> | undefined;
  for (const key of Object.keys(matchLabels ?? {}).sort()) {
    if (set[key] !== (matchLabels as Record<string, string>)[key]) return false;
  }
  const expressions = structured ? ((selector as LabelSelector).matchExpressions ?? []) : [];
  return expressions.every((expression) => {
    const has = Object.prototype.hasOwnProperty.call(set, expression.key);
    switch (expression.operator) {
      case "In":
        return has && (expression.values ?? []).includes(set[expression.key]);
      case "NotIn":
        return !has || !(expression.values ?? []).includes(set[expression.key]);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        return false;
    }
  });
}
