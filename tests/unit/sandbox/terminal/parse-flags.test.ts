import { expect, test } from "vitest";
import { parseFlags, type FlagSpec } from "@/lib/sandbox/terminal/parse-flags";

const SPECS: FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "all-namespaces", short: "A", type: "bool" },
  { name: "output", short: "o", type: "string" },
  { name: "filename", short: "f", type: "strings" },
  { name: "self-heal", type: "bool" },
];

test("long and short flags, with the value attached or next", () => {
  expect(parseFlags(["get", "-n", "shop", "pods", "--output=wide"], SPECS)).toEqual({ ok: true, flags: { positional: ["get", "pods"], values: { namespace: "shop", output: "wide" } } });
  expect(parseFlags(["-nshop", "-o=yaml", "--namespace", "prod"], SPECS)).toEqual({ ok: true, flags: { positional: [], values: { namespace: "prod", output: "yaml" } } });
});

test("booleans take no value unless written --flag=false; shorthands combine", () => {
  expect(parseFlags(["--self-heal", "web"], SPECS)).toEqual({ ok: true, flags: { positional: ["web"], values: { "self-heal": true } } });
  expect(parseFlags(["--self-heal=false"], SPECS)).toEqual({ ok: true, flags: { positional: [], values: { "self-heal": false } } });
  expect(parseFlags(["-Ao", "wide"], SPECS)).toEqual({ ok: true, flags: { positional: [], values: { "all-namespaces": true, output: "wide" } } });
});

test("repeatable flags collect every value; -- ends the flags", () => {
  expect(parseFlags(["-f", "a.yaml", "--filename=b.yaml", "--", "-x"], SPECS)).toEqual({ ok: true, flags: { positional: ["-x"], values: { filename: ["a.yaml", "b.yaml"] } } });
});

test("errors in pflag's words", () => {
  expect(parseFlags(["--foo"], SPECS)).toEqual({ ok: false, message: "unknown flag: --foo" });
  expect(parseFlags(["-x"], SPECS)).toEqual({ ok: false, message: "unknown shorthand flag: 'x' in -x" });
  expect(parseFlags(["--namespace"], SPECS)).toEqual({ ok: false, message: "flag needs an argument: --namespace" });
  expect(parseFlags(["-n"], SPECS)).toEqual({ ok: false, message: "flag needs an argument: 'n' in -n" });
  expect(parseFlags(["--self-heal=maybe"], SPECS)).toEqual({ ok: false, message: `invalid argument "maybe" for "--self-heal" flag: strconv.ParseBool: parsing "maybe": invalid syntax` });
});
