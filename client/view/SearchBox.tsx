import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useEditor } from '../EditorContext';
import { useView } from './useView';
import { closeSearch, setSearchQuery, showAll, stepSearch } from './viewCommands';
import { describeHiddenMatches } from './viewHidden';
import { SearchIcon } from './icons';

function countText(query: string, shown: number, index: number): string {
  if (query.trim() === '') return '';
  if (shown === 0) return 'No matches';
  if (index < 0) return shown === 1 ? '1 match' : `${shown} matches`;
  return `${index + 1} of ${shown}`;
}

/** Find on the canvas (Ctrl/Cmd+F): text and tags, any case, any accents; Enter steps through the matches. */
export function SearchBox() {
  const { store } = useEditor();
  const search = useView((s) => s.search);
  const matches = useView((s) => s.matches);
  const shown = useView((s) => s.visibleMatches.length);
  const view = useView((s) => s.view);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // Closing gives the keyboard back to what had it before the search opened.
  useEffect(() => {
    if (!search.open) return;
    const before = document.activeElement;
    return () => {
      const now = document.activeElement;
      if ((!now || now === document.body || box.current?.contains(now)) && before instanceof HTMLElement) before.focus();
    };
  }, [search.open]);
  useEffect(() => {
    if (!search.open) return;
    input.current?.focus();
    input.current?.select();
  }, [search.open, search.focusRequest]);

  if (!search.open) return null;
  const notes = search.query.trim() ? describeHiddenMatches(matches, view) : [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'Enter' || e.key === 'F3') stepSearch(store, e.shiftKey ? -1 : 1);
    else if (e.key === 'Escape') closeSearch(store);
    else if (mod && e.key.toLowerCase() === 'f') input.current?.select();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div ref={box} className="search-box" role="search" aria-label="Find on the map">
      <div className="search-row">
        <SearchIcon />
        <input ref={input} type="text" className="search-input" aria-label="Find statements" placeholder="Find text or #tag"
          aria-describedby="search-count" value={search.query} spellCheck={false}
          onChange={(e) => setSearchQuery(store, e.target.value)} onKeyDown={onKeyDown} />
        <span id="search-count" className="search-count" role="status">{countText(search.query, shown, search.index)}</span>
        <button type="button" aria-label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter)"
          disabled={shown === 0} onClick={() => stepSearch(store, -1)}>↑</button>
        <button type="button" aria-label="Next match (Enter)" title="Next match (Enter)"
          disabled={shown === 0} onClick={() => stepSearch(store, 1)}>↓</button>
        <button type="button" aria-label="Close search (Escape)" title="Close (Escape)" onClick={() => closeSearch(store)}>×</button>
      </div>
      {notes.length > 0 && (
        <p className="search-hidden">
          {notes.join(' · ')}
          <button type="button" className="link-button" onClick={() => showAll(store)}
            title="Leave focus, clear the filters and expand collapsed branches">Show all</button>
        </p>
      )}
    </div>
  );
}
