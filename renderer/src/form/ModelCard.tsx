import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ui } from '../../../shared/i18n/vi/ui';
import type { ListSection } from '../../../shared/template';
import { ModelCell } from './ModelCell';

/** The card buttons focus can be put back on (`data-action`). */
export type CardAction = 'up' | 'down' | 'remove';

/** One model or initiative: its cells, and buttons to move it up or down or delete it. */
export function ModelCard({
  section,
  row,
  count,
  onMove,
  onRemove,
}: {
  section: ListSection;
  row: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (row: number) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const n = row + 1;
  const keep = () => {
    flushSync(() => setConfirming(false));
    removeButton.current?.focus();
  };
  return (
    <li className="model-card">
      <div className="model-card-head">
        <h3>{ui.models.rowTitle(section.rowNoun, n)}</h3>
        <div className="model-actions">
          {confirming ? (
            <>
              <span className="confirm-text" role="alert">
                {ui.models.confirmRemove(n)}
              </span>
              <button type="button" className="danger" onClick={() => onRemove(row)}>
                {ui.models.confirmYes}
              </button>
              <button
                type="button"
                onClick={keep}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') keep();
                }}
                autoFocus
              >
                {ui.models.confirmNo}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                data-action="up"
                disabled={row === 0}
                aria-label={ui.models.moveUpLabel(n)}
                onClick={() => onMove(row, row - 1)}
              >
                ↑ {ui.models.moveUp}
              </button>
              <button
                type="button"
                data-action="down"
                disabled={row === count - 1}
                aria-label={ui.models.moveDownLabel(n)}
                onClick={() => onMove(row, row + 1)}
              >
                ↓ {ui.models.moveDown}
              </button>
              <button
                type="button"
                ref={removeButton}
                data-action="remove"
                aria-label={ui.models.removeLabel(n)}
                onClick={() => setConfirming(true)}
              >
                {ui.models.remove}
              </button>
            </>
          )}
        </div>
      </div>
      <div className="model-grid">
        {section.columns.map((column) => (
          <ModelCell key={column.code} column={column} row={row} />
        ))}
      </div>
    </li>
  );
}
