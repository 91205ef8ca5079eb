/**
 * A minimal cron parser for the common forms: `*`, `*\/n`, `a`, `a-b`, `a-b/n`, lists `a,b`, and
 * the macros @yearly @monthly @weekly @daily @hourly. Times are UTC (Kubernetes' default zone
 * unless spec.timeZone is set). Returns null for a schedule it cannot read.
 * Example: `parseCron("*\/5 * * * *")?.matches(Date.UTC(2026, 0, 1, 0, 10))` → true
 */
export function parseCron(schedule: string): { matches(ms: number): boolean } | null {
  const macros: Record<string, string> = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
  };
  const fields = (macros[schedule.trim()] ?? schedule).trim().split(/\s+/);
  if (fields.length !== 5) return null;
  const ranges: Array<[number, number]> = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];
  const sets = fields.map((field, index) => parseField(field, ranges[index][0], ranges[index][1]));
  if (sets.some((set) => set === null)) return null;
  const [minutes, hours, days, months, weekdays] = sets as Array<Set<number>>;
  const dayRestricted = fields[2] !== "*";
  const weekdayRestricted = fields[4] !== "*";
  return {
    matches(ms: number) {
      const date = new Date(ms);
      if (!minutes.has(date.getUTCMinutes()) || !hours.has(date.getUTCHours()) || !months.has(date.getUTCMonth() + 1)) return false;
      const dayOk = days.has(date.getUTCDate());
      const weekdayOk = weekdays.has(date.getUTCDay());
      // cron: when both day fields are restricted, either may match.
      if (dayRestricted && weekdayRestricted) return dayOk || weekdayOk;
      return dayOk && weekdayOk;
    },
  };
}

function parseField(field: string, min: number, max: number): Set<number> | null {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!match) return null;
    const start = match[1] === "*" ? min : Number(match[1]);
    const end = match[2] !== undefined ? Number(match[2]) : match[1] === "*" || match[3] ? max : start;
    const step = match[3] !== undefined ? Number(match[3]) : 1;
    if (start < min || end > max || start > end || step < 1) return null;
    for (let value = start; value <= end; value += step) out.add(value === 7 && max === 6 ? 0 : value);
  }
  return out;
}
