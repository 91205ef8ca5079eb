// How kustomize's printer (sigs.k8s.io/yaml → go-yaml v2) quotes a string. A string is first
// "resolved" as YAML 1.1 would read it unquoted; if that gives anything but a string (yes, on,
// ~, 0x1F, 1e3, 2001-12-14, 1:20…) it is double-quoted. Otherwise libyaml's scalar analysis
// picks plain, then single-quoted, then double-quoted; strings with line breaks become
// literal blocks when they can.

export type ScalarStyle = "plain" | "single" | "double" | "literal";

const RESOLVE_MAP = new Set([
  "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
  "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
  "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
  "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<",
]);
const HINTED = new Set([..."+-0123456789yYnNtTfFoO~."]);
const GO_INT = /^[-+]?(0[xX](_?[0-9a-fA-F])+|0[oO](_?[0-7])+|0[bB](_?[01])+|0(_?[0-7])*|[1-9](_?[0-9])*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| )\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})?)?$/;

/**
 * True when go-yaml v2 would read the unquoted string as a non-string (bool, null, number, time).
 * @example resolvesToNonString("on") // true
 */
export function resolvesToNonString(text: string): boolean {
  if (text === "") return true;
  if (!HINTED.has(text[0])) return false;
  if (RESOLVE_MAP.has(text)) return true;
  if (text[0] === ".") return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text);
  if (TIMESTAMP.test(text)) return true;
  const plain = text.replace(/_/g, "");
  if (GO_INT.test(plain) || /^-?0[bB][01]+$/.test(plain)) return true;
  return YAML_FLOAT.test(plain);
}

/**
 * libyaml's is_printable over code points.
 * @example isPrintable(0x09) // false: a tab forces double quotes
 */
export function isPrintable(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
}

/**
 * A YAML line break (LF, CR, NEL, LS, PS).
 * @example isBreak("\u2028") // true
 */
export function isBreak(char: string): boolean {
  return char === "\n" || char === "\r" || char === "\u0085" || char === "\u2028" || char === "\u2029";
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const FIRST_INDICATORS = new Set([..."#,[]{}&*!|>'\"%@`"]);

// libyaml yaml_emitter_analyze_scalar, for block context (kustomize never prints flow style).
function analyzeScalar(value: string): Analysis {
  const chars = Array.from(value);
  let blockIndicators = value.startsWith("---") || value.startsWith("...");
  let [leadingSpace, leadingBreak, trailingSpace, trailingBreak, breakSpace, spaceBreak, special, lineBreaks] = Array<boolean>(8).fill(false);
  let [previousSpace, previousBreak, precededByWhitespace] = [false, false, true];
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || next === " " || next === "\t" || isBreak(next);
    if (i === 0) {
      if (FIRST_INDICATORS.has(char)) blockIndicators = true;
      if ((char === "?" || char === ":" || char === "-") && followedByWhitespace) blockIndicators = true;
    } else if ((char === ":" && followedByWhitespace) || (char === "#" && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(char.codePointAt(0)!)) special = true;
    if (char === " ") {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      [previousSpace, previousBreak] = [true, false];
    } else if (isBreak(char)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      [previousSpace, previousBreak] = [false, true];
    } else {
      [previousSpace, previousBreak] = [false, false];
    }
    precededByWhitespace = char === " " || char === "\t" || isBreak(char);
  });
  const noPlain = leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators;
  return {
    multiline: lineBreaks,
    blockPlainAllowed: !noPlain,
    singleQuotedAllowed: !(breakSpace || spaceBreak || special),
    blockAllowed: !(trailingSpace || spaceBreak || special),
  };
}

/**
 * The style go-yaml v2 prints a string in, as a mapping key (`isKey`) or a value.
 * @example scalarStyle("yes", false) // "double"
 * @example scalarStyle("a: b", false) // "single"
 */
export function scalarStyle(value: string, isKey: boolean): ScalarStyle {
  const analysis = analyzeScalar(value);
  let style: ScalarStyle;
  if (value.includes("\n")) style = "literal";
  else if (!resolvesToNonString(value) && !BASE60_FLOAT.test(value)) style = "plain";
  else style = "double";
  if (isKey && analysis.multiline) style = "double";
  if (style === "plain" && !analysis.blockPlainAllowed) style = "single";
  if (style === "single" && !analysis.singleQuotedAllowed) style = "double";
  if (style === "literal" && (!analysis.blockAllowed || isKey)) style = "double";
  return style;
}
