// Tab completion as bash does it: one candidate replaces the word being typed and adds a space;
// several insert what they have in common and are listed for the learner to choose from.

/** The longest prefix every item shares: `longestCommonPrefix(["deploy", "deployment"])` is "deploy". */
export function longestCommonPrefix(items: readonly string[]): string {
  if (items.length === 0) return "";
  let prefix = items[0];
  for (const item of items.slice(1)) {
    let length = 0;
    while (length < prefix.length && length < item.length && prefix[length] === item[length]) length++;
    prefix = prefix.slice(0, length);
    if (prefix === "") break;
  }
  return prefix;
}

export interface CompletionOutcome {
  /** The completed text, to replace the text that was sent. */
  line: string;
  /** The candidates to print, when there are several. */
  candidates: string[];
}

/**
 * Applies the worker's completions to `line`. `replaceFrom` is where the word being completed
 * starts. No space follows a single candidate ending in "/" or "=", so a path or a flag value
 * can go on (as bash's `compopt -o nospace` does).
 */
export function applyCompletions(line: string, items: readonly string[], replaceFrom: number): CompletionOutcome {
  const start = Math.min(Math.max(0, replaceFrom), line.length);
  const head = line.slice(0, start);
  const word = line.slice(start);
  if (items.length === 0) return { line, candidates: [] };
  if (items.length === 1) {
    const item = items[0];
    return { line: head + item + (/[/=]$/.test(item) ? "" : " "), candidates: [] };
  }
  const prefix = longestCommonPrefix(items);
  // A prefix shorter than what is typed (candidates matched case-insensitively) must not erase it.
  return { line: prefix.length > word.length ? head + prefix : line, candidates: [...items] };
}

/** Candidates laid out in columns like bash's listing, for a terminal `columns` characters wide. */
export function formatCandidates(items: readonly string[], columns = 80): string {
  if (items.length === 0) return "";
  const width = Math.max(...items.map((item) => item.length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows: string[] = [];
  for (let index = 0; index < items.length; index += perRow) {
    rows.push(
      items
        .slice(index, index + perRow)
        .map((item) => item.padEnd(width))
        .join("")
        .trimEnd(),
    );
  }
  return rows.join("\n");
}
