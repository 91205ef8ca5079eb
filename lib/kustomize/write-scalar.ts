// Writes one string the way libyaml's emitter does inside go-yaml v2, including its line
// folding: at a space past column 80 a plain or quoted scalar continues on the next line,
// indented; double-quoted strings escape what is not printable (\t, \x01, \U0001F600…).
import { isBreak, isPrintable, scalarStyle } from "./yaml-scalar-style";

const BEST_WIDTH = 80;

/** Where a scalar starts: the column after the text before it, and the indent of its continuation lines. */
export interface ScalarPosition {
  column: number;
  indent: number;
  isKey: boolean;
}

const NAMED_ESCAPES: Record<number, string> = {
  0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0a: "n", 0x0b: "v", 0x0c: "f", 0x0d: "r", 0x1b: "e",
  0x22: '"', 0x5c: "\\", 0x85: "N", 0xa0: "_", 0x2028: "L", 0x2029: "P",
};

function escapeChar(code: number): string {
  if (NAMED_ESCAPES[code] !== undefined) return `\\${NAMED_ESCAPES[code]}`;
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `\\x${hex.padStart(2, "0")}`;
  if (code <= 0xffff) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}

function writeFolded(chars: readonly string[], position: ScalarPosition, quote: "" | "'" | '"'): string {
  const allowBreaks = !position.isKey;
  let out = quote;
  let column = position.column + quote.length;
  let spaces = false;
  chars.forEach((char, i) => {
    const code = char.codePointAt(0)!;
    const mustEscape = quote === '"' && (!isPrintable(code) || code === 0xfeff || isBreak(char) || char === '"' || char === "\\");
    if (mustEscape) {
      const escaped = escapeChar(code);
      out += escaped;
      column += escaped.length;
      spaces = false;
    } else if (char === " ") {
      const inside = quote === "" || (i > 0 && i < chars.length - 1);
      const nextIsSpace = chars[i + 1] === " ";
      if (allowBreaks && !spaces && column > BEST_WIDTH && inside && (quote === '"' || !nextIsSpace)) {
        out += `\n${" ".repeat(position.indent)}`;
        column = position.indent;
        if (quote === '"' && nextIsSpace) {
          out += "\\";
          column += 1;
        }
      } else {
        out += " ";
        column += 1;
      }
      spaces = true;
    } else {
      const text = quote === "'" && char === "'" ? "''" : char;
      out += text;
      column += text.length;
      spaces = false;
    }
  });
  return out + quote;
}

function writeLiteral(value: string, indent: number): string {
  const chars = Array.from(value);
  let header = "|";
  if (chars[0] === " " || isBreak(chars[0])) header += "2";
  const last = chars.length - 1;
  if (!isBreak(chars[last])) header += "-";
  else if (last === 0 || isBreak(chars[last - 1])) header += "+";
  let out = header + "\n";
  let atLineStart = true;
  for (const char of chars) {
    if (isBreak(char)) {
      out += "\n";
      atLineStart = true;
    } else {
      if (atLineStart) out += " ".repeat(indent);
      out += char;
      atLineStart = false;
    }
  }
  // The final line break is implied by the block; the writer above emitted it already.
  return out.endsWith("\n") ? out.slice(0, -1) : out;
}

/**
 * The text of a string scalar as go-yaml v2 prints it at `position` (no leading space).
 * @example writeScalar("yes", { column: 5, indent: 2, isKey: false }) // '"yes"'
 */
export function writeScalar(value: string, position: ScalarPosition): string {
  const style = scalarStyle(value, position.isKey);
  if (style === "literal") return writeLiteral(value, position.indent);
  const quote = style === "plain" ? "" : style === "single" ? "'" : '"';
  return writeFolded(Array.from(value), position, quote);
}
