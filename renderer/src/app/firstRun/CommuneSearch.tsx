import { useRef, useState, type KeyboardEvent } from 'react';
import type { ApiResult } from '../../../../shared/api/contract';
import { setupMessages as M } from '../../../../shared/i18n/vi/setup';
import { call } from '../../api/client';
import { messageOf } from '../errors';

export type CommuneHit = ApiResult<'catalog.search'>[number];

/**
 * Type part of a commune's name, with or without diacritics, and pick it from the national list
 * (its province beside it). Each keystroke asks the main process; a late answer to an older
 * query is dropped.
 */
export function CommuneSearch({
  chosen,
  onChoose,
  invalid,
}: {
  chosen: CommuneHit | null;
  onChoose: (hit: CommuneHit | null) => void;
  invalid: boolean;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CommuneHit[]>([]);
  const [error, setError] = useState('');
  const asked = useRef(0);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The chosen hit's button leaves the page; focus goes back to the name so it is not lost.
  const pick = (hit: CommuneHit) => {
    onChoose(hit);
    input.current?.focus();
  };

  const search = (text: string) => {
    setQuery(text);
    onChoose(null);
    const n = ++asked.current;
    if (!text.trim()) {
      setHits([]);
      return;
    }
    call('catalog.search', { query: text.slice(0, 100), limit: 12 })
      .then((found) => {
        if (n !== asked.current) return;
        setHits(found);
        setError('');
      })
      .catch((e: unknown) => {
        if (n === asked.current) setError(M.loadFailed(messageOf(e)));
      });
  };

  const focusHit = (index: number) => list.current?.querySelectorAll('button')[index]?.focus();
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      focusHit(0);
    } else if (event.key === 'Enter' && hits.length) {
      // Enter picks the best match rather than submitting a form with nothing chosen.
      event.preventDefault();
      onChoose(hits[0]!);
    }
  };
  const onHitKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusHit(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  return (
    <div className="commune-search">
      <label className="field">
        <span className="field-label">{M.searchLabel}</span>
        <input
          type="search"
          ref={input}
          value={query}
          placeholder={M.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby="commune-search-hint"
          onChange={(e) => search(e.target.value)}
          onKeyDown={onInputKey}
          autoFocus
        />
      </label>
      <p className="hint" id="commune-search-hint">
        {M.searchHint}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {chosen ? (
        <p className="commune-chosen" role="status">
          {M.chosen(chosen.name, chosen.provinceName)}
        </p>
      ) : query.trim() && !hits.length && !error ? (
        <p className="hint" role="status">
          {M.noResults(query.trim())}
        </p>
      ) : (
        hits.length > 0 && (
          <ul className="commune-hits" aria-label={M.results} ref={list}>
            {hits.map((hit, i) => (
              <li key={hit.code}>
                <button type="button" onClick={() => pick(hit)} onKeyDown={(e) => onHitKey(e, i)}>
                  <span className="commune-hit-name">{hit.name}</span>
                  <span className="commune-hit-province">{hit.provinceName}</span>
                  {hit.formerly && (
                    <span className="commune-hit-formerly">
                      {M.formerly(hit.formerly.name, hit.formerly.districtName)}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
