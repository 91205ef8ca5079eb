/**
 * Where to go after sign-in: only a path on this site, never another origin (an open
 * redirect would let a link to our sign-in page send people anywhere).
 * @example safeReturnPath("//evil.example") // "/"
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
