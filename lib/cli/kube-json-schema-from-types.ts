// Builds the editor's Kubernetes JSON Schema from the kubernetes-models packages lib/kube validates
// with. Those packages ship their OpenAPI definitions only as precompiled Ajv code (no schema
// objects) plus TypeScript declarations generated from the same definitions, so this reads the
// declarations with the TypeScript compiler (property names, required, types, enums, doc
// comments) and refines them with facts read from the compiled validators:
// - kubernetes-models accepts null for every optional property except enums (Ajv "nullable");
// - a `number` is an integer unless the declaration's compiled validator checks type "number"
//   (only Quantity does among these kinds; every other number is int32 or int64);
// - Quantity strings follow @kubernetes-models/validate's `quantity` format, and Secret/ConfigMap
//   data values its `byte` (base64) format.
// Node-only (reads node_modules). Run by lib/cli/generate-kube-schemas.ts; checked by a unit test.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { formats } from "@kubernetes-models/validate";
import type { JsonSchema, JsonSchemaType } from "../sandbox/schemas/json-schema";
import type { KubeSchemaKind } from "../sandbox/schemas/kube-schema-kinds";
import { escapePointer, exactly, friendlyNames, renameRefs } from "./kube-json-schema-names";

/** Hover text longer than this is cut at a sentence end: full API docs are one link away. */
const MAX_DESCRIPTION = 320;

// @kubernetes-models/validate's `byte` format is a function around this expression (formats.js).
const BASE64 = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

/** Map properties whose values kubernetes-models checks as base64 (`format: byte`). */
const BASE64_MAPS: Readonly<Record<string, readonly string[]>> = {
  IoK8sApiCoreV1Secret: ["data"],
  IoK8sApiCoreV1ConfigMap: ["binaryData"],
};

export interface KubeJsonSchemaOptions {
  /** Project root holding node_modules. */
  root: string;
  kinds: readonly KubeSchemaKind[];
}

interface Walker {
  checker: ts.TypeChecker;
  root: string;
  definitions: Map<string, JsonSchema>;
  /** Compiled-validator facts per definition key, read once. */
  validatorSource: Map<string, string>;
  /** The declaration's own name ("DeploymentSpec") per definition key, for friendlier names. */
  shortNames: Map<string, string>;
}

/**
 * The draft-07 schema: `allOf` of `if {apiVersion, kind} then $ref` per kind, shared definitions.
 * Example: `buildKubeJsonSchema({ root: process.cwd(), kinds: KUBE_SCHEMA_KINDS }).definitions`
 */
export function buildKubeJsonSchema(options: KubeJsonSchemaOptions): JsonSchema {
  const { program, entry } = createProgram(options);
  const checker = program.getTypeChecker();
  const walker: Walker = { checker, root: options.root, definitions: new Map(), validatorSource: new Map(), shortNames: new Map() };
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error("The schema entry module did not compile.");
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, symbol]));

  const branches: JsonSchema[] = [];
  options.kinds.forEach((kind, index) => {
    const exported = exports.get(`K${index}`);
    if (!exported) throw new Error(`${kind.module} has no interface I${kind.kind}.`);
    const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported));
    const key = `${kind.apiVersion}/${kind.kind}`;
    walker.definitions.set(key, { title: `${kind.kind} (${kind.apiVersion})`, ...kindSchema(walker, type, kind) });
    branches.push({
      if: {
        // The title labels the "apiVersion + kind" skeleton yaml-language-server offers in an
        // empty document. While completing it also counts a prefix as equal to a `const`
        // ("Service" would select ServiceAccount too); the anchored pattern keeps it exact.
        title: `${kind.kind} (${kind.apiVersion})`,
        properties: { apiVersion: { const: kind.apiVersion, pattern: exactly(kind.apiVersion) }, kind: { const: kind.kind, pattern: exactly(kind.kind) } },
        required: ["apiVersion", "kind"],
      },
      then: { $ref: `#/definitions/${escapePointer(key)}` },
    });
  });

  const apiVersions = [...new Set(options.kinds.map((kind) => kind.apiVersion))].sort();
  const kindNames = [...new Set(options.kinds.map((kind) => kind.kind))].sort();
  const names = friendlyNames(walker.shortNames);
  const definitions = Object.fromEntries(
    [...walker.definitions.entries()].map(([key, schema]) => [names.get(key) ?? key, renameRefs(schema, names)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Kubernetes object",
    description: "A Kubernetes manifest. The apiVersion and kind select the schema of the rest.",
    properties: {
      apiVersion: { type: "string", description: "The versioned schema of this object, e.g. apps/v1.", examples: apiVersions },
      kind: { type: "string", description: "The kind of object, e.g. Deployment.", examples: kindNames },
      metadata: {
        properties: {
          // lib/kube/validate-object.ts: every object's name is a DNS-1123 subdomain.
          name: {
            type: "string",
            maxLength: 253,
            pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
            patternErrorMessage: "Names use lower-case letters, digits, '-' and '.', and start and end with a letter or digit.",
          },
        },
      },
    },
    allOf: branches,
    definitions,
  };
}

function createProgram(options: KubeJsonSchemaOptions): { program: ts.Program; entry: ts.SourceFile } {
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const entryName = path.join(options.root, "__kube-json-schema-entry__.ts");
  const entryText = options.kinds.map((kind, index) => `export type { I${kind.kind} as K${index} } from ${JSON.stringify(kind.module)};`).join("\n");
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === entryName ? ts.createSourceFile(fileName, entryText, language) : getSourceFile.call(host, fileName, language, ...rest);
  host.fileExists = (fileName) => fileName === entryName || fileExists.call(host, fileName);
  host.readFile = (fileName) => (fileName === entryName ? entryText : readFile.call(host, fileName));
  const program = ts.createProgram({ rootNames: [entryName], options: compilerOptions, host });
  const entry = program.getSourceFile(entryName);
  if (!entry) throw new Error("The schema entry module is missing.");
  const problems = ts.getPreEmitDiagnostics(program, entry).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  if (problems.length > 0) throw new Error(`Cannot read the kubernetes-models types:\n${problems.join("\n")}`);
  return { program, entry };
}

/** A kind's top-level schema: its interface without `status`, which the controllers write. */
function kindSchema(walker: Walker, type: ts.Type, kind: KubeSchemaKind): JsonSchema {
  const declaration = interfaceDeclaration(type);
  if (!declaration) throw new Error(`I${kind.kind} is not an interface.`);
  const schema = objectSchema(walker, type, definitionKey(declaration) ?? kind.kind, new Set(["status"]));
  const description = describe(walker.checker, type.getSymbol());
  return { ...(description ? { description } : {}), ...schema };
}

function objectSchema(walker: Walker, type: ts.Type, context: string, omit: ReadonlySet<string> = new Set()): JsonSchema {
  const { checker } = walker;
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const property of checker.getPropertiesOfType(type)) {
    if (omit.has(property.name)) continue;
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) continue;
    const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
    const propertyType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, declaration));
    let schema = BASE64_MAPS[context]?.includes(property.name) ? base64Map(walker, context) : schemaOf(walker, propertyType, context);
    if (optional) schema = nullable(schema);
    const description = describe(checker, property);
    properties[property.name] = description ? { description, ...schema } : schema;
    if (!optional) required.push(property.name);
  }
  const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
  return {
    type: "object",
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required } : {}),
    ...(index ? { additionalProperties: schemaOf(walker, index.type, context) } : {}),
  };
}

function schemaOf(walker: Walker, type: ts.Type, context: string): JsonSchema {
  const { checker } = walker;
  const alias = type.aliasSymbol?.declarations?.[0];
  const aliasKey = alias && ts.isTypeAliasDeclaration(alias) ? definitionKey(alias) : undefined;
  if (aliasKey) context = aliasKey;
  if (aliasKey === "IoK8sApimachineryPkgApiResourceQuantity") {
    return { type: ["number", "string"], pattern: quantityPattern(), patternErrorMessage: "A quantity like 100m, 0.5, 128Mi or 1Gi." };
  }
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
  if (type.flags & ts.TypeFlags.String) return { type: "string" };
  if (type.flags & ts.TypeFlags.Number) return { type: numberType(walker, context) };
  if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: "boolean" };
  if (type.isStringLiteral()) return { type: "string", enum: [type.value] };
  if (type.isUnion()) return unionSchema(walker, type, context);
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { type: "array", items: item ? schemaOf(walker, item, context) : {} };
  }
  if (type.flags & ts.TypeFlags.NonPrimitive) return { type: "object" };
  if (type.flags & ts.TypeFlags.Object) {
    const declaration = interfaceDeclaration(type);
    const key = declaration ? definitionKey(declaration) : undefined;
    if (!key) return objectSchema(walker, type, context);
    if (!walker.definitions.has(key)) {
      // A placeholder first: definitions may be recursive. No description of its own: hover shows
      // the first description it meets, which is the referring property's (saves ~50 KB).
      walker.definitions.set(key, {});
      walker.shortNames.set(key, declaration!.name.text.replace(/^I(?=[A-Z])/, ""));
      walker.definitions.set(key, objectSchema(walker, type, key));
    }
    return { $ref: `#/definitions/${escapePointer(key)}` };
  }
  throw new Error(`Unsupported type ${checker.typeToString(type)} in ${context}.`);
}

function unionSchema(walker: Walker, type: ts.UnionType, context: string): JsonSchema {
  const members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (members.every((member) => member.isStringLiteral())) {
    return { type: "string", enum: members.map((member) => (member as ts.StringLiteralType).value).sort() };
  }
  const primitives = members.map((member) => schemaOf(walker, member, context));
  if (primitives.every((schema) => typeof schema.type === "string" && Object.keys(schema).length === 1)) {
    return { type: [...new Set(primitives.map((schema) => schema.type as JsonSchemaType))].sort() };
  }
  return { anyOf: primitives };
}

/** kubernetes-models adds `nullable: true` to optional properties; Ajv then accepts null, but not in an enum. */
function nullable(schema: JsonSchema): JsonSchema {
  if (schema.enum) return schema;
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  if (Array.isArray(schema.type)) return { ...schema, type: [...schema.type, "null"] };
  return { anyOf: [schema, { type: "null" }] };
}

function base64Map(walker: Walker, context: string): JsonSchema {
  if (!validatorSource(walker, context).includes("formats.byte")) throw new Error(`${context} no longer checks base64 values.`);
  return {
    type: "object",
    additionalProperties: { type: "string", pattern: BASE64, patternErrorMessage: "Values here are base64-encoded. Put plain text under stringData instead." },
  };
}

function quantityPattern(): string {
  const format = formats.quantity;
  if (typeof format !== "object" || !("validate" in format) || !(format.validate instanceof RegExp)) throw new Error("@kubernetes-models/validate's quantity format is no longer a regular expression.");
  return format.validate.source;
}

function numberType(walker: Walker, context: string): "integer" | "number" {
  return validatorSource(walker, context).includes('params:{type:"number"}') ? "number" : "integer";
}

/** The compiled Ajv validator kubernetes-models generated for a definition, or "" when absent. */
function validatorSource(walker: Walker, key: string): string {
  let source = walker.validatorSource.get(key);
  if (source === undefined) {
    source = "";
    for (const file of schemaFileCandidates(walker.root, key)) {
      if (existsSync(file)) {
        source = readFileSync(file, "utf8");
        break;
      }
    }
    walker.validatorSource.set(key, source);
  }
  return source;
}

function schemaFileCandidates(root: string, key: string): string[] {
  const packages = ["kubernetes-models", "@kubernetes-models/apimachinery", "@kubernetes-models/argo-cd", "@kubernetes-models/argo-rollouts", "@kubernetes-models/flux-cd"];
  return packages.map((name) => path.join(root, "node_modules", name, "_schemas", `${key}.js`));
}

function interfaceDeclaration(type: ts.Type): ts.InterfaceDeclaration | undefined {
  return type.getSymbol()?.declarations?.find(ts.isInterfaceDeclaration);
}

/**
 * kubernetes-models names each declaration after its OpenAPI definition in an export alias:
 * `export type { IDeploymentSpec as IIoK8sApiAppsV1DeploymentSpec, … }`; the key drops the "I".
 */
function definitionKey(declaration: ts.InterfaceDeclaration | ts.TypeAliasDeclaration): string | undefined {
  const local = declaration.name.text;
  for (const statement of declaration.getSourceFile().statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      if (element.propertyName?.text === local && element.name.text.startsWith("I")) return element.name.text.slice(1);
    }
  }
  return undefined;
}

function describe(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): string | undefined {
  if (!symbol) return undefined;
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text ? summarise(text) : undefined;
}

/** The first paragraph, cut at a sentence end when long. */
export function summarise(text: string): string {
  const paragraph = (text.split(/\n\s*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
  if (paragraph.length <= MAX_DESCRIPTION) return paragraph;
  const cut = paragraph.slice(0, MAX_DESCRIPTION);
  const end = cut.lastIndexOf(". ");
  return end > MAX_DESCRIPTION / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** Where the generated schema is checked in, relative to the project root. */
export const KUBE_JSON_SCHEMA_FILE = "lib/sandbox/schemas/kube-json-schema.json";

/** The file's exact text: two-space JSON (reviewable diffs; bundlers minify JSON modules). */
export function renderKubeJsonSchema(options: KubeJsonSchemaOptions): string {
  return `${JSON.stringify(buildKubeJsonSchema(options), null, 2)}\n`;
}
