// Fills an Application template with one parameter set: fasttemplate `{{key}}` by default, or
// with goTemplate a subset of Go templates — `{{.a.b}}`, `{{index .metadata.labels "env"}}`
// and `{{.path.segments | index 1}}`-free simple forms. An unknown parameter is an error
// (Argo CD's goTemplateOptions missingkey=error, the recommended setting).
import { ApplicationSetError, type ParameterSet, type ParameterValue } from "./parameters";

function lookup(nested: Record<string, ParameterValue>, path: string[]): ParameterValue | undefined {
  let value: ParameterValue | undefined = nested;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Array.isArray(value) ? value[Number(key)] : (value as Record<string, ParameterValue>)[key];
  }
  return value;
}

function renderString(text: string, parameters: ParameterSet, goTemplate: boolean): string {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (whole, expression: string) => {
    if (!goTemplate) {
      if (!(expression in parameters.flat)) throw new ApplicationSetError("TEMPLATE_ERROR", `no parameter "${expression}" for ${whole}`);
      return parameters.flat[expression];
    }
    const index = /^index\s+\.([\w.]+)\s+(?:"([^"]*)"|(\d+))$/.exec(expression);
    const path = index ? [...index[1].split("."), index[2] ?? index[3]] : /^\.([\w.]+)$/.exec(expression)?.[1].split(".");
    if (!path) throw new ApplicationSetError("TEMPLATE_ERROR", `unsupported template expression ${whole}`);
    const value = lookup(parameters.nested, path);
    if (value === undefined) throw new ApplicationSetError("TEMPLATE_ERROR", `map has no entry for ${whole}`);
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  });
}

/** A copy of `template` with every string filled in. */
export function renderTemplate<T>(template: T, parameters: ParameterSet, goTemplate: boolean): T {
  if (typeof template === "string") return renderString(template, parameters, goTemplate) as T;
  if (Array.isArray(template)) return template.map((item) => renderTemplate(item, parameters, goTemplate)) as T;
  if (template && typeof template === "object") {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, renderTemplate(value, parameters, goTemplate)])) as T;
  }
  return template;
}
