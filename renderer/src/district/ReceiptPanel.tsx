import { useEffect, useRef, useState } from 'react';
import { receiptUi } from '../../../shared/i18n/vi/receipt';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { base64Url, XLSX_TYPE } from '../app/files';
import { useApiCall } from '../app/useApiCall';
import { ErrorText } from '../app/ErrorText';

/** The receipt of one received file: the text to paste into an email, and the small workbook. */
export function ReceiptPanel({
  id,
  fileName,
  onClose,
}: {
  id: number;
  fileName: string;
  onClose: () => void;
}) {
  const [receipt, setReceipt] = useState<{ fileName: string; url: string; text: string } | null>(null);
  const [error, setError] = useState('');
  const [copied, setCopied] = useState(false);
  // Opened below the history's list of files: bring it into view with focus on its title, as the
  // history panel does, so the click visibly did something.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    title.current?.scrollIntoView?.({ block: 'start' });
    title.current?.focus({ preventScroll: true });
  }, [id]);

  useApiCall(
    () => call('district.receipt', { id }),
    (r) => setReceipt({ fileName: r.fileName, url: base64Url(r.base64, XLSX_TYPE), text: r.text }),
    (e) => setError(messageOf(e)),
    [id],
  );
  // The link to the receipt's workbook is let go when another receipt replaces it, or on closing.
  useEffect(() => () => (receipt ? URL.revokeObjectURL(receipt.url) : undefined), [receipt]);

  const copy = async () => {
    if (!receipt) return;
    try {
      await navigator.clipboard.writeText(receipt.text);
      setCopied(true);
    } catch {
      // No clipboard permission (a plain browser tab): the text box is selected for Ctrl+C.
      document.querySelector<HTMLTextAreaElement>('.receipt-text')?.select();
    }
  };

  return (
    <div className="receipt-panel" aria-live="polite">
      <div className="results-head">
        <h3 ref={title} tabIndex={-1}>
          {receiptUi.title(fileName)}
        </h3>
        <button type="button" onClick={onClose}>
          {receiptUi.close}
        </button>
      </div>
      <ErrorText message={error} />
      {receipt && (
        <>
          <label className="receipt-label">
            {receiptUi.textLabel}
            <textarea
              className="receipt-text"
              readOnly
              rows={Math.min(16, receipt.text.split('\n').length + 1)}
              value={receipt.text}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <div className="receipt-actions">
            <button type="button" onClick={() => void copy()}>
              {receiptUi.copy}
            </button>
            {copied && <span role="status">{receiptUi.copied}</span>}
            <a href={receipt.url} download={receipt.fileName}>
              {receiptUi.download(receipt.fileName)}
            </a>
          </div>
        </>
      )}
    </div>
  );
}
