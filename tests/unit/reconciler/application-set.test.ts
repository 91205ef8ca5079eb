import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { renderApplicationSet } from "@/lib/reconciler/application-set/render-application-set";

const dir = "tests/fixtures/reconciler/application-set";

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
  test(`ApplicationSet: ${file}`, () => {
    const fixture = parse(readFileSync(path.join(dir, file), "utf8"));
    const context = { clusterSecrets: fixture.clusterSecrets, repositoryFiles: () => fixture.files };
    if (fixture.error) {
      expect(() => renderApplicationSet(fixture.spec, context)).toThrow(expect.objectContaining(fixture.error));
      return;
    }
    const applications = renderApplicationSet(fixture.spec, context);
    expect(
      applications.map((app) => {
        const spec = app.spec as { source: { path: string; targetRevision: string }; destination: { server: string } };
        const summary: Record<string, string> = { name: app.metadata.name, path: spec.source.path, server: spec.destination.server };
        if (spec.source.targetRevision !== "HEAD") summary.revision = spec.source.targetRevision;
        return summary;
      }),
    ).toEqual(fixture.expected);
  });
}
