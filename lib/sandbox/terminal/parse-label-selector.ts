// `-l` / `--selector` as kubectl reads it: comma-separated requirements `key=value`,
// `key==value`, `key!=value`, `key` (exists) and `!key` (does not exist), matched with
// lib/kube's matchesSelector.
import type { LabelSelector } from "@/lib/kube/label-selector";

const KEY = /^[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?$/;

/**
 * @example parseLabelSelector("app=web,tier!=db") // { ok: true, selector: { matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "NotIn", values: ["db"] }] } }
 */
export function parseLabelSelector(text: string): { ok: true; selector: LabelSelector } | { ok: false; message: string } {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: NonNullable<LabelSelector["matchExpressions"]> = [];
  for (const requirement of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const match = /^(!?)([^!=]+?)\s*(?:(==|=|!=)\s*(.*))?$/.exec(requirement);
    const key = match?.[2]?.trim() ?? "";
    if (!match || !KEY.test(key) || (match[1] && match[3])) return { ok: false, message: `unable to parse requirement: found '${requirement}', expected: key[=|==|!=]value, key or !key` };
    const [, not, , operator, value = ""] = match;
    if (not) matchExpressions.push({ key, operator: "DoesNotExist" });
    else if (!operator) matchExpressions.push({ key, operator: "Exists" });
    else if (operator === "!=") matchExpressions.push({ key, operator: "NotIn", values: [value.trim()] });
    else matchLabels[key] = value.trim();
  }
  return { ok: true, selector: { matchLabels, matchExpressions } };
}
