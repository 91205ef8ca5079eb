// "Why OutOfSync?" answers with a place in Git: for a differing field of a rendered resource,
// the file and line that declare its desired value. Kustomize loses that provenance, so it is
// found again: among the YAML documents of the source tree that describe the same kind and
// name (the resource itself in a base, or a patch in an overlay), the last one on the
// kustomize path that sets the field — overlays are applied after bases, so they win. Image
// tags and replica counts set by a kustomization's `images:` / `replicas:` point there.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import { parsePointer } from "./json-pointer";

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface FieldQuery {
  kind: string;
  /** The rendered name; a base may declare it without a kustomize namePrefix/nameSuffix. */
  name: string;
  /** JSON pointer of the field in the rendered resource, e.g. "/spec/replicas". */
  pointer: string;
}

const MAX_SOURCE_BYTES = 1_000_000;
// The kinds kustomize's `replicas:` field applies to.
const REPLICATED_KINDS = new Set(["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]);
// A list item's identity (its merge key) is declared where the item first appears; a patch
// repeating it only says which item it patches.
const MERGE_KEY_FIELDS = new Set(["name", "containerPort", "mountPath", "port", "ip", "devicePath"]);

function nodeAt(root: Node | null | undefined, tokens: readonly string[]): Node | undefined {
  let node: Node | null | undefined = root;
  for (const token of tokens) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === token)?.value as Node | undefined;
    else if (isSeq(node) && /^\d+$/.test(token)) node = node.items[Number(token)] as Node | undefined;
    else return undefined;
  }
  return node ?? undefined;
}

/** In a patch, list items are matched by name rather than index: containers/1 in the output may be containers/0 in the patch. */
function nodeAtByName(root: Node | null | undefined, tokens: readonly string[], rendered: readonly string[]): Node | undefined {
  return nodeAt(root, tokens) ?? nodeAt(root, rendered);
}

function locate(file: string, node: Node, counter: LineCounter): SourceLocation {
  const position = counter.linePos(node.range?.[0] ?? 0);
  return { file, line: position.line, column: position.col };
}

function nameMatches(declared: string, rendered: string): boolean {
  return declared === rendered || rendered.startsWith(`${declared}-`) || rendered.endsWith(`-${declared}`) || rendered.includes(`-${declared}-`);
}

function scalarText(node: Node | null | undefined): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

/** `images:` entries of a kustomization that rewrite the image of a container. */
function imageOverride(doc: Node | null | undefined, imageName: string): Node | undefined {
  const images = nodeAt(doc, ["images"]);
  if (!isSeq(images)) return undefined;
  for (const item of images.items as Node[]) {
    const name = scalarText(nodeAt(item, ["name"]));
    if (name && (imageName === name || imageName.startsWith(`${name}:`) || imageName.startsWith(`${name}@`))) {
      return nodeAt(item, ["newTag"]) ?? nodeAt(item, ["digest"]) ?? nodeAt(item, ["newName"]) ?? item;
    }
  }
  return undefined;
}

function replicasOverride(doc: Node | null | undefined, name: string): Node | undefined {
  const replicas = nodeAt(doc, ["replicas"]);
  if (!isSeq(replicas)) return undefined;
  const entry = (replicas.items as Node[]).find((item) => {
    const declared = scalarText(nodeAt(item, ["name"]));
    return declared !== undefined && nameMatches(declared, name);
  });
  return entry ? nodeAt(entry, ["count"]) ?? entry : undefined;
}

/**
 * @param files the source tree in kustomize order — bases before the overlays that use them
 *              (the order `kustomize build` read them); later matches win.
 * @param renderedImage the desired image, when the field is a container image.
 * @example locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/replicas" })
 *          // { file: "overlays/prod/replicas-patch.yaml", line: 6, column: 13 }
 */
export function locateFieldSource(files: ReadonlyArray<readonly [string, string]>, query: FieldQuery, renderedImage?: string): SourceLocation | undefined {
  const tokens = parsePointer(query.pointer);
  // Patches name list items by their key, so also try the pointer with indexes set to 0.
  const zeroed = tokens.map((token) => (/^\d+$/.test(token) ? "0" : token));
  const isMergeKey = tokens.length >= 2 && /^\d+$/.test(tokens[tokens.length - 2]) && MERGE_KEY_FIELDS.has(tokens[tokens.length - 1]);
  let found: SourceLocation | undefined;
  for (const [file, text] of files) {
    if (!/\.ya?ml$/.test(file) || text.length > MAX_SOURCE_BYTES) continue;
    const counter = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
    if (!Array.isArray(docs)) continue;
    for (const doc of docs) {
      if (doc.errors.length > 0) continue;
      const root = doc.contents as Node | null;
      const isKustomization = /(^|\/)kustomization\.ya?ml$/.test(file);
      if (isKustomization) {
        const override =
          (query.pointer.endsWith("/image") && renderedImage ? imageOverride(root, renderedImage.split(/[:@]/)[0]) : undefined) ??
          (query.pointer === "/spec/replicas" && REPLICATED_KINDS.has(query.kind) ? replicasOverride(root, query.name) : undefined);
        if (override) found = locate(file, override, counter);
        continue;
      }
      const kind = scalarText(nodeAt(root, ["kind"]));
      const name = scalarText(nodeAt(root, ["metadata", "name"]));
      if (kind !== query.kind || !name || !nameMatches(name, query.name)) continue;
      const node = nodeAtByName(root, tokens, zeroed);
      if (node && !(isMergeKey && found)) found = locate(file, node, counter);
    }
  }
  return found;
}
