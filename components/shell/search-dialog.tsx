"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { searchSections, type SearchEntry } from "@/lib/content/search-index";

function snippet(entry: SearchEntry, query: string): string {
  const first = query.toLowerCase().split(/\s+/).filter(Boolean)[0] ?? "";
  const at = Math.max(0, entry.text.toLowerCase().indexOf(first));
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${entry.text.slice(start, start + 160)}${start + 160 < entry.text.length ? "…" : ""}`;
}

/** Search across all lessons: "/" or Ctrl-K (⌘K) opens it; arrows move, Enter opens a section. */
export function SearchDialog() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const results = entries ? searchSections(entries, query) : [];

  const open = useCallback(() => {
    dialog.current?.showModal();
    if (!entries) {
      fetch("/search-index.json")
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((data: SearchEntry[]) => setEntries(data))
        .catch(() => setFailed(true));
    }
  }, [entries]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName));
      if ((event.key === "k" && (event.ctrlKey || event.metaKey)) || (event.key === "/" && !typing)) {
        event.preventDefault();
        open();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  function go(entry: SearchEntry) {
    dialog.current?.close();
    router.push(`/modules/${entry.slug}${entry.headingId ? `#${entry.headingId}` : ""}`);
  }

  function onInputKey(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter" && results[active]) go(results[active]);
    else return;
    event.preventDefault();
  }

  return (
    <>
      <button type="button" className="button small" onClick={open} aria-keyshortcuts="Control+K /">
        <span aria-hidden="true">⌕</span> <span className="search-label">Search</span>
        <kbd className="search-kbd">Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className="search-dialog" aria-label="Search the lessons" onClose={() => setQuery("")}>
        <div className="search-box">
          <label htmlFor="search-input" className="visually-hidden">
            Search the lessons
          </label>
          <input
            id="search-input"
            type="search"
            placeholder="Search the lessons…"
            autoComplete="off"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls="search-results"
            aria-activedescendant={results[active] ? `search-result-${active}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKey}
          />
          <button type="button" className="button small" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <ul id="search-results" role="listbox" aria-label="Results" className="search-results">
          {results.map((entry, index) => (
            <li key={`${entry.slug}#${entry.headingId}`} id={`search-result-${index}`} role="option" aria-selected={index === active} onClick={() => go(entry)} onMouseEnter={() => setActive(index)}>
              <span className="search-result-title">
                {entry.moduleId} {entry.moduleTitle} › {entry.heading}
              </span>
              <span className="search-result-snippet">{snippet(entry, query)}</span>
            </li>
          ))}
        </ul>
        <p role="status" className="field-hint">
          {failed ? "The search index could not be loaded. Check your connection and try again." : !entries ? "Loading…" : query && results.length === 0 ? "No section matches every word." : query ? `${results.length} result(s)` : "Type to search all six lessons."}
        </p>
      </dialog>
    </>
  );
}
