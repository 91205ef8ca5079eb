// Kubernetes resource quantities have many spellings of one value: "1" and "1000m" CPU, "3Gi"
// and "3072Mi" memory. The API server stores a canonical form, so Git's "1000m" comes back as
// "1" and a naive diff would report OutOfSync forever (Argo CD normalises them before diffing).

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E))?$/;

/**
 * The numeric value of a quantity, or undefined when the text is not one.
 * @example quantityValue("3072Mi") === quantityValue("3Gi") // true
 */
export function quantityValue(text: string | number): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, number, binary, exponent, decimal] = match;
  const base = Number(number);
  if (binary) return base * BINARY[binary];
  if (exponent) return base * 10 ** Number(exponent.slice(1));
  return base * DECIMAL[decimal ?? ""];
}

/** Two quantities are equal when their values are, whatever their spelling. */
export function quantitiesEqual(a: unknown, b: unknown): boolean {
  if ((typeof a !== "string" && typeof a !== "number") || (typeof b !== "string" && typeof b !== "number")) return false;
  const left = quantityValue(a);
  const right = quantityValue(b);
  if (left === undefined || right === undefined) return false;
  // Relative tolerance: 0.1 and 100m must compare equal despite binary floating point.
  return Math.abs(left - right) <= Math.max(Math.abs(left), Math.abs(right)) * 1e-12;
}
