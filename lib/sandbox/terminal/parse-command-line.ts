// A small shell-like tokenizer: words split on blanks, 'single quotes' taken literally,
// "double quotes" with \" \\ \$ \` escapes, and a backslash escaping the next character
// outside quotes — enough for `kubectl patch -p '{"spec":{"replicas":3}}'`. The terminal runs
// one command per line, so unquoted |, ;, &, <, > are reported instead of silently mangled.

export interface Word {
  /** The word with quotes and escapes removed. */
  text: string;
  /** Where the word starts in the line (its first character, quote included). */
  start: number;
}

export interface TokenizedLine {
  words: Word[];
  /** The quote left open at the end of the line, if any. */
  unterminated?: "'" | '"';
  /** The first unquoted shell operator character, if any. */
  operator?: string;
}

const OPERATORS = new Set(["|", ";", "&", "<", ">"]);
const DOUBLE_QUOTE_ESCAPES = new Set(['"', "\\", "$", "`"]);

/**
 * @example tokenizeLine(`kubectl patch deploy web -p '{"spec":{}}'`).words.map((w) => w.text)
 *          // ["kubectl", "patch", "deploy", "web", "-p", '{"spec":{}}']
 */
export function tokenizeLine(line: string): TokenizedLine {
  const words: Word[] = [];
  let current: Word | undefined;
  let quote: "'" | '"' | undefined;
  let operator: string | undefined;
  const begin = (index: number) => (current ??= { text: "", start: index });
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current!.text += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === "\\" && DOUBLE_QUOTE_ESCAPES.has(line[index + 1] ?? "")) current!.text += line[++index];
      else current!.text += char;
    } else if (char === " " || char === "\t") {
      if (current) words.push(current);
      current = undefined;
    } else if (char === "'" || char === '"') {
      begin(index);
      quote = char;
    } else if (char === "\\") {
      // A trailing backslash (a continuation line in a shell) is kept as itself.
      begin(index).text += line[index + 1] ?? "\\";
      index++;
    } else {
      if (OPERATORS.has(char) && operator === undefined) operator = char;
      begin(index).text += char;
    }
  }
  if (current) words.push(current);
  return { words, ...(quote ? { unterminated: quote } : {}), ...(operator ? { operator } : {}) };
}

/** The line as words, or the message a shell would print for it. */
export function wordsOf(line: string): { ok: true; words: string[] } | { ok: false; message: string } {
  const tokens = tokenizeLine(line);
  if (tokens.unterminated) return { ok: false, message: `unexpected EOF while looking for matching \`${tokens.unterminated}'` };
  if (tokens.operator) {
    return { ok: false, message: `this terminal runs one command per line: pipes, redirections and '${tokens.operator}' are not supported (quote the character if it is part of an argument)` };
  }
  return { ok: true, words: tokens.words.map((word) => word.text) };
}
