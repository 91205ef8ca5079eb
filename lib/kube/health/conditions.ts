/** A status condition as most kinds report them. */
export interface StatusCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

/** The first condition of a type, as gitops-engine's get*Condition helpers return it. */
export function findCondition(status: Record<string, unknown> | undefined, type: string): StatusCondition | undefined {
  const conditions = ((status ?? {}).conditions ?? []) as StatusCondition[];
  return conditions.find((condition) => condition.type === type);
}

/** A number field, or the fallback when absent (Go's zero value). */
export const num = (value: unknown, fallback = 0): number => (typeof value === "number" ? value : fallback);
