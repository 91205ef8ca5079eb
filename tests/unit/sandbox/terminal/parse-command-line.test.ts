import { expect, test } from "vitest";
import { tokenizeLine, wordsOf } from "@/lib/sandbox/terminal/parse-command-line";

const words = (line: string) => tokenizeLine(line).words.map((word) => word.text);

test("words split on blanks, runs of blanks and tabs count once", () => {
  expect(words("  kubectl   get\tpods -n shop ")).toEqual(["kubectl", "get", "pods", "-n", "shop"]);
});

test("single quotes keep everything literally, JSON included", () => {
  expect(words(`kubectl patch deploy web -p '{"spec":{"replicas":3}}'`)).toEqual(["kubectl", "patch", "deploy", "web", "-p", '{"spec":{"replicas":3}}']);
  expect(words(`echo 'a \\" b'`)).toEqual(["echo", 'a \\" b']);
});

test("double quotes honour \\\" \\\\ \\$ and keep other backslashes", () => {
  expect(words(`say "a \\"quoted\\" \\\\ \\$HOME \\n"`)).toEqual(["say", 'a "quoted" \\ $HOME \\n']);
});

test("a backslash outside quotes escapes the next character, a blank included", () => {
  expect(words("ls my\\ file a\\'b")).toEqual(["ls", "my file", "a'b"]);
});

test("quoted parts join the word they touch; an empty quoted word is still a word", () => {
  expect(words(`--from=a'b c'"d" ''`)).toEqual(["--from=ab cd", ""]);
});

test("word starts point at the line, quotes included, for completion", () => {
  expect(tokenizeLine(`kubectl get 'po`).words.map((word) => word.start)).toEqual([0, 8, 12]);
  expect(tokenizeLine(`kubectl get 'po`).unterminated).toBe("'");
});

test("an unterminated quote is a shell message, not an exception", () => {
  expect(wordsOf(`kubectl patch -p '{"a":1}`)).toEqual({ ok: false, message: "unexpected EOF while looking for matching `''" });
  expect(wordsOf(`kubectl get "pods`)).toEqual({ ok: false, message: 'unexpected EOF while looking for matching `"\'' });
});

test("pipes, redirections and ; are refused unless quoted", () => {
  expect(wordsOf("kubectl get pods | grep web")).toMatchObject({ ok: false, message: expect.stringContaining("one command per line") });
  expect(wordsOf("kubectl get pods > out.txt")).toMatchObject({ ok: false });
  expect(wordsOf("kubectl get pods; ls")).toMatchObject({ ok: false });
  expect(wordsOf("kubectl annotate deploy web 'note=a|b'")).toEqual({ ok: true, words: ["kubectl", "annotate", "deploy", "web", "note=a|b"] });
});

test("an empty or blank line has no words", () => {
  expect(wordsOf("   ")).toEqual({ ok: true, words: [] });
});
