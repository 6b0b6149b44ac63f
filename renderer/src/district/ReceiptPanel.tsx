import { useEffect, useState } from 'react';
import { receiptUi } from '../../../shared/i18n/vi/receipt';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { base64ToBlob, XLSX_TYPE } from './importBatches';

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

  useEffect(() => {
    let live = true;
    let url = '';
    call('district.receipt', { id })
      .then((r) => {
        if (!live) return;
        url = URL.createObjectURL(base64ToBlob(r.base64, XLSX_TYPE));
        setReceipt({ fileName: r.fileName, url, text: r.text });
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

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
        <h3>{receiptUi.title(fileName)}</h3>
        <button type="button" onClick={onClose}>
          {receiptUi.close}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
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
