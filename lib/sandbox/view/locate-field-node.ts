// Where a field path of a validation error ("spec.template.spec.containers[0].image") sits in
// a parsed YAML document, so the editor can underline it. A field that is missing altogether
// ("spec.selector: Required value") is shown at the nearest enclosing key that exists.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";

export interface FieldPosition {
  line: number;
  column: number;
}

/** "spec.containers[0].image" → ["spec", "containers", "0", "image"]; "(root)" → []. */
export function fieldPathTokens(path: string): string[] {
  if (path === "(root)" || path === "") return [];
  return path.replace(/\[(\d+)\]/g, ".$1").split(".").filter((token) => token !== "");
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/**
 * The pair under `map` for tokens[from…]: keys may themselves contain dots (label keys such as
 * app.kubernetes.io/name), which the dotted path cannot tell apart, so longer joins are tried too.
 */
function findPair(map: Node, tokens: readonly string[], from: number): { pair: Pair; used: number } | undefined {
  if (!isMap(map)) return undefined;
  for (let end = from + 1; end <= tokens.length; end++) {
    const wanted = tokens.slice(from, end).join(".");
    const pair = map.items.find((item) => keyText(item) === wanted);
    if (pair) return { pair, used: end - from };
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

/**
 * @param preferKey point at the key rather than its value (an unknown field is its key's fault).
 * @example locateFieldNode(doc, counter, "spec.replicas") // { line: 8, column: 13 }
 */
export function locateFieldNode(doc: Document, counter: LineCounter, path: string, preferKey = false): FieldPosition {
  const tokens = fieldPathTokens(path);
  let node = doc.contents as Node | null;
  // The best position found so far: the document itself, then each key on the way down.
  let offset = startOf(node) ?? doc.range?.[0] ?? 0;
  let index = 0;
  while (node && index < tokens.length) {
    if (isSeq(node) && /^\d+$/.test(tokens[index])) {
      const item = node.items[Number(tokens[index])] as Node | undefined;
      if (!item) break;
      node = item;
      offset = startOf(item) ?? offset;
      index += 1;
      continue;
    }
    const found = findPair(node, tokens, index);
    if (!found) break;
    index += found.used;
    const key = startOf(found.pair.key);
    const value = startOf(found.pair.value);
    // On the way down, remember the key: if a deeper field is missing, its parent's key is
    // where to look. The field itself is shown at its value (or its key, when asked).
    if (index < tokens.length) offset = key ?? offset;
    else offset = (preferKey ? key : (value ?? key)) ?? offset;
    node = found.pair.value as Node | null;
  }
  const position = counter.linePos(offset);
  return { line: position.line, column: position.col };
}
