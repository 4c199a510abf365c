/** Accord's mark: an open arc over a point, two parties meeting. Decorative. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand-mark-bg" />
      <path
        d="M9 21.5c2.2-6.4 4.6-10 7-10s4.8 3.6 7 10"
        fill="none"
        className="brand-mark-fg"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
      <circle cx="16" cy="11.5" r="2.2" className="brand-mark-dot" />
    </svg>
  );
}
