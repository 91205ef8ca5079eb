// Kubernetes stores resource quantities in canonical form (apimachinery resource.Quantity):
// "1000m" is read back as "1" and "3072Mi" as "3Gi" — the normalisation behind many
// "OutOfSync right after sync" reports (Argo CD user-guide/diffing.md).

const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_BY_EXPONENT = Object.fromEntries(Object.entries(DECIMAL_SUFFIXES).map(([suffix, exponent]) => [exponent, suffix]));
const BINARY_BY_POWER = Object.fromEntries(Object.entries(BINARY_SUFFIXES).map(([suffix, power]) => [power, suffix]));
const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

/**
 * The canonical string Kubernetes stores for a quantity, or null when it is not a quantity.
 * Decimal exponent forms ("1e3") are kept as written.
 * Example: `canonicalQuantity("1000m")` → "1"; `canonicalQuantity("3072Mi")` → "3Gi"; `canonicalQuantity(2)` → "2"
 */
export function canonicalQuantity(value: string | number): string | null {
  const match = QUANTITY.exec(typeof value === "number" ? String(value) : value.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const [, sign, whole, fraction = "", suffix = ""] = match;
  if (/^[eE]/.test(suffix)) return typeof value === "number" ? String(value) : value.trim();
  let digits = BigInt(`${whole}${fraction}` || "0");
  let exponent = -fraction.length;
  if (suffix in BINARY_SUFFIXES) {
    const bytesTimesTen = digits * 1024n ** BigInt(BINARY_SUFFIXES[suffix]);
    const scale = 10n ** BigInt(fraction.length);
    if (bytesTimesTen % scale === 0n && bytesTimesTen / scale >= 1024n) return sign.replace("+", "") + binaryForm(bytesTimesTen / scale);
    digits = bytesTimesTen;
  } else {
    exponent += DECIMAL_SUFFIXES[suffix];
  }
  return digits === 0n ? "0" : sign.replace("+", "") + decimalForm(digits, exponent);
}

function binaryForm(bytes: bigint): string {
  let mantissa = bytes;
  let power = 0;
  while (power < 6 && mantissa % 1024n === 0n) {
    mantissa /= 1024n;
    power += 1;
  }
  return `${mantissa}${BINARY_BY_POWER[power] ?? ""}`;
}

function decimalForm(digits: bigint, exponent: number): string {
  let mantissa = digits;
  let exp = exponent;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exp += 1;
  }
  // Kubernetes: nothing finer than nano; smaller values round up.
  if (exp < -9) {
    const divisor = 10n ** BigInt(-9 - exp);
    mantissa = (mantissa + divisor - 1n) / divisor;
    exp = -9;
  }
  const target = Math.min(18, Math.floor(exp / 3) * 3);
  return `${mantissa * 10n ** BigInt(exp - target)}${DECIMAL_BY_EXPONENT[target]}`;
}

/** Canonicalise every quantity in a map such as `resources.requests`. */
export function canonicalQuantities(map: unknown): unknown {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return map;
  return Object.fromEntries(
    Object.entries(map as Record<string, unknown>).map(([key, value]) => {
      const canonical = typeof value === "string" || typeof value === "number" ? canonicalQuantity(value) : null;
      return [key, canonical ?? value];
    }),
  );
}
