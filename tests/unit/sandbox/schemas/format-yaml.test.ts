// The editor's format-on-save (components/sandbox/editor/format-yaml.ts): kept beside the schema
// tests because both decide what the learner's YAML looks like after a save.
import { expect, test } from "vitest";
import { formatYaml } from "@/components/sandbox/editor/format-yaml";
import { SCENARIOS } from "@/lib/sandbox/scenarios";

const seedFiles = SCENARIOS.flatMap((scenario) =>
  scenario.repositories.flatMap((repository) =>
    [repository.files, ...(repository.history ?? []).map((commit) => commit.files)].flatMap((files) =>
      Object.entries(files)
        .filter((entry): entry is [string, string] => /\.ya?ml$/.test(entry[0]) && typeof entry[1] === "string")
        .map(([path, content]) => ({ name: `${scenario.id}: ${path}`, content })),
    ),
  ),
);

test("there are seed files to check", () => {
  expect(seedFiles.length).toBeGreaterThan(10);
});

test.each(seedFiles)("saving $name unchanged changes nothing", ({ content }) => {
  expect(formatYaml(content)).toBe(content);
});

test.each([
  ["indentation and spacing", "metadata:\n    name:   web\n", "metadata:\n  name: web\n"],
  ["comments stay", "# the app\nreplicas: 2   # two pods\n", "# the app\nreplicas: 2 # two pods\n"],
  ["sequences under their key stay compact", "args:\n- a\n- b\n", "args:\n- a\n- b\n"],
  ["sequences indented under their key stay indented", "args:\n  - a\n  -   b\n", "args:\n  - a\n  - b\n"],
  ["documents and their markers stay", "a: 1\n---\nb: 2\n", "a: 1\n---\nb: 2\n"],
  ["quoting stays", "tag: \"1.27\"\nname: 'web'\n", "tag: \"1.27\"\nname: 'web'\n"],
  ["block scalars stay", "patch: |\n  - op: add\n    path: /x\n", "patch: |\n  - op: add\n    path: /x\n"],
  ["long lines are not folded", `note: ${"word ".repeat(30).trim()}\n`, `note: ${"word ".repeat(30).trim()}\n`],
  ["several final newlines become one", "a: 1\n\n\n", "a: 1\n"],
  ["no final newline stays so", "a: 1", "a: 1"],
  ["tight flow collections stay tight", "ports: [{port: 80}]\n", "ports: [{port: 80}]\n"],
  ["YAML that does not parse is saved as typed", "a: [1,\nb: 2\n", "a: [1,\nb: 2\n"],
  ["an empty file stays empty", "", ""],
])("%s", (_name, source, expected) => {
  expect(formatYaml(source)).toBe(expected);
  expect(formatYaml(expected)).toBe(expected);
});
