// Escape leaves the terminal: Tab completes there, so keyboard users need another way out.
// Focus goes to the first focusable element after the panel, as Tab would elsewhere.

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "iframe",
  "[contenteditable='true']",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/** Focuses the first visible, tabbable element after `container`; the container itself if none. */
export function focusAfter(container: HTMLElement): void {
  const candidates = Array.from(container.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE));
  const next = candidates.find(
    (element) =>
      !container.contains(element) &&
      (container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      element.tabIndex >= 0 &&
      element.getClientRects().length > 0 &&
      !element.closest("[inert]"),
  );
  (next ?? container).focus();
}
