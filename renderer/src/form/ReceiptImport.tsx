import { useState } from 'react';
import type { ApiResult } from '../../../shared/api/contract';
import { MAX_RECEIPT_FILE_BYTES } from '../../../shared/api/receipt-contract';
import { receiptUi } from '../../../shared/i18n/vi/receipt';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { FilePicker } from '../app/FilePicker';
import { useApiCall } from '../app/useApiCall';
import { fileToBase64 } from '../app/files';

type Seen = ApiResult<'receipt.import'>;

/**
 * The commune reads the receipt the merging office sent back: whether its file was received and
 * accepted (or the problems), and whether its report has changed since that revision. The last
 * receipt of this report is shown again whenever the form opens, until the clerk closes it.
 */
export function ReceiptImport({
  unitCode,
  period,
  savedAt = 0,
}: {
  unitCode: string;
  period: string;
  /** When the report was last saved: a save may make it newer than the receipted revision. */
  savedAt?: number;
}) {
  const [seen, setSeen] = useState<Seen | null>(null);
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState('');
  useApiCall(
    closed ? null : () => call('receipt.last', { unitCode, period }),
    setSeen,
    () => undefined, // an old receipt not shown is no loss: the clerk can open the file again
    [unitCode, period, savedAt, closed],
  );

  const read = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    setSeen(null);
    setClosed(false);
    if (file.size > MAX_RECEIPT_FILE_BYTES) return setError(receiptUi.tooLarge(file.name));
    try {
      setSeen(await call('receipt.import', { fileName: file.name, base64: await fileToBase64(file) }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div className="receipt-import">
      <FilePicker
        label={receiptUi.importButton}
        name={receiptUi.importLabel}
        accept=".xlsx"
        onFile={(file) => void read(file)}
      />
      {seen && (
        <div className={seen.accepted ? 'receipt-seen ok' : 'receipt-seen refused'} role="status">
          <p className="receipt-line">{seen.line}</p>
          {seen.problems.length > 0 && (
            <>
              <p>{receiptUi.problemsTitle}</p>
              <ul>
                {seen.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          )}
          <p className={seen.newer ? 'receipt-note newer' : 'receipt-note'}>{seen.note}</p>
          <button
            type="button"
            onClick={() => {
              setSeen(null);
              setClosed(true);
            }}
          >
            {receiptUi.close}
          </button>
        </div>
      )}
      {error && (
        <div className="export-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
