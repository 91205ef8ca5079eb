/** The logo: two arrows chasing each other — the reconcile loop. */
export function BrandMark({ size = 26 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M6 16a10 10 0 0 1 17.3-6.8" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <path d="M26 16a10 10 0 0 1-17.3 6.8" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <path d="M24.5 4.5v5.6h-5.6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M7.5 27.5v-5.6h5.6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
