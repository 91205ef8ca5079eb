// Command-line flags the way spf13/pflag (used by kubectl, argocd and flux) reads them:
// `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`; booleans take no value
// unless written `--flag=false`; `--` ends the flags. Errors carry pflag's own wording so each
// tool can frame them in its style.

export type FlagType = "bool" | "string" | "strings";

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
}

export type FlagValue = string | boolean | string[];

export interface ParsedFlags {
  positional: string[];
  values: Record<string, FlagValue>;
}

export type FlagParse = { ok: true; flags: ParsedFlags } | { ok: false; message: string };

function parseBool(value: string, flag: string): boolean | string {
  const truthy = ["1", "t", "T", "true", "TRUE", "True"];
  const falsy = ["0", "f", "F", "false", "FALSE", "False"];
  if (truthy.includes(value)) return true;
  if (falsy.includes(value)) return false;
  return `invalid argument "${value}" for "${flag}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
}

function store(values: Record<string, FlagValue>, spec: FlagSpec, value: string | true): string | undefined {
  if (spec.type === "bool") {
    const parsed = value === true ? true : parseBool(value, `--${spec.name}`);
    if (typeof parsed === "string") return parsed;
    values[spec.name] = parsed;
  } else if (spec.type === "strings") {
    values[spec.name] = [...((values[spec.name] as string[] | undefined) ?? []), String(value)];
  } else {
    values[spec.name] = String(value);
  }
  return undefined;
}

/**
 * @example parseFlags(["deploy", "-n", "shop", "--replicas=3"], [{ name: "namespace", short: "n", type: "string" }, { name: "replicas", type: "string" }])
 *          // { ok: true, flags: { positional: ["deploy"], values: { namespace: "shop", replicas: "3" } } }
 */
export function parseFlags(args: readonly string[], specs: readonly FlagSpec[]): FlagParse {
  const values: Record<string, FlagValue> = {};
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [name, inline] = arg.includes("=") ? [arg.slice(2, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg.slice(2), undefined];
      const spec = specs.find((candidate) => candidate.name === name);
      if (!spec) return { ok: false, message: `unknown flag: --${name}` };
      let value: string | true | undefined = inline;
      if (value === undefined && spec.type !== "bool") {
        if (index + 1 >= args.length) return { ok: false, message: `flag needs an argument: --${name}` };
        value = args[++index];
      }
      const error = store(values, spec, value ?? true);
      if (error) return { ok: false, message: error };
    } else if (arg.startsWith("-") && arg.length > 1) {
      const error = parseShorthands(arg, args, index, specs, values);
      if (typeof error === "string") return { ok: false, message: error };
      index = error;
    } else {
      positional.push(arg);
    }
  }
  return { ok: true, flags: { positional, values } };
}

/** `-Ao wide`, `-nshop`, `-n=shop`: returns the index of the last argument consumed, or an error. */
function parseShorthands(arg: string, args: readonly string[], index: number, specs: readonly FlagSpec[], values: Record<string, FlagValue>): number | string {
  let consumed = index;
  const letters = arg.slice(1);
  for (let position = 0; position < letters.length; position++) {
    const letter = letters[position];
    const spec = specs.find((candidate) => candidate.short === letter);
    if (!spec) return `unknown shorthand flag: '${letter}' in ${arg}`;
    const rest = letters.slice(position + 1);
    if (spec.type === "bool") {
      const explicit = rest.startsWith("=") ? rest.slice(1) : undefined;
      const error = store(values, spec, explicit ?? true);
      if (error) return error;
      if (explicit !== undefined) return consumed;
      continue;
    }
    let value = rest.startsWith("=") ? rest.slice(1) : rest;
    if (rest === "") {
      if (consumed + 1 >= args.length) return `flag needs an argument: '${letter}' in -${letter}`;
      value = args[++consumed];
    }
    const error = store(values, spec, value);
    if (error) return error;
    return consumed;
  }
  return consumed;
}

export const flagString = (flags: ParsedFlags, name: string): string | undefined => {
  const value = flags.values[name];
  return typeof value === "string" ? value : undefined;
};

export const flagBool = (flags: ParsedFlags, name: string): boolean | undefined => {
  const value = flags.values[name];
  return typeof value === "boolean" ? value : undefined;
};

export const flagStrings = (flags: ParsedFlags, name: string): string[] => {
  const value = flags.values[name];
  return Array.isArray(value) ? value : [];
};
