import { ui } from '../../../shared/i18n/vi/ui';

/** A failed save is loud: red, at the top, with the reason and a button to try again now. */
export function SaveFailedBanner({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="banner error save-failed" role="alert">
      <div>
        <strong>{ui.save.failedTitle}</strong>
        <p>{ui.save.failedBody(message)}</p>
      </div>
      <button type="button" onClick={onRetry}>
        {ui.save.retryNow}
      </button>
    </div>
  );
}
