import { flatten, type ParameterSet, type ParameterValue } from "./parameters";

/**
 * The list generator: one parameter set per element, its keys as parameters.
 * @example generateList([{ cluster: "dev", url: "https://dev" }])[0].flat // { cluster: "dev", url: "https://dev" }
 */
export function generateList(elements: readonly Record<string, ParameterValue>[]): ParameterSet[] {
  return elements.map((element) => ({ flat: flatten(element), nested: { ...element } }));
}
