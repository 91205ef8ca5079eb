// Format on save: re-print YAML with the `yaml` package, which keeps comments, quoting, block
// scalars and document markers. It follows the file's own habits where Kubernetes files differ
// (sequences indented under their key or not, `{ a: 1 }` or `{a: 1}`) so that saving one changed
// line never turns into a diff of the whole file. Text that does not parse is left as it is: the
// learner sees the parse error in the editor instead of losing their layout.
import { parseAllDocuments } from "yaml";

/** A sequence item at the same indentation as the key that holds it ("key:\n- item"). */
const COMPACT_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*\1- /m;
const INDENTED_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*\1 +- /m;
const TIGHT_FLOW = /[[{][^\s\]}]/;
const PADDED_FLOW = /[[{] [^\s\]}]/;

/**
 * The formatted text, or `source` unchanged when it is not valid YAML.
 * Example: `formatYaml("a:   1\nb:\n- x\n")` → `"a: 1\nb:\n- x\n"`
 */
export function formatYaml(source: string): string {
  const documents = parseAllDocuments(source, { prettyErrors: false });
  if (!Array.isArray(documents) || documents.length === 0) return source;
  if (documents.some((document) => document.errors.length > 0)) return source;
  const indentSeq = !COMPACT_SEQUENCE.test(source) || INDENTED_SEQUENCE.test(source);
  const flowCollectionPadding = !TIGHT_FLOW.test(source) || PADDED_FLOW.test(source);
  const formatted = documents.map((document) => document.toString({ indentSeq, flowCollectionPadding, lineWidth: 0 })).join("");
  // A file without a final newline keeps that; one with several ends in exactly one.
  return source.endsWith("\n") ? formatted.replace(/\n+$/, "\n") : formatted.replace(/\n+$/, "");
}

/** Files the editor formats on save. Example: `isYamlPath("apps/web/deployment.yml")` → true */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}
