import { ui } from '../../../shared/i18n/vi/ui';

/**
 * A failed save is loud: red, at the top, with the reason and a button to try again now. When the
 * session is no longer valid (browser mode restarted with a new token) trying again cannot help:
 * the clerk is told to open the app again from its address, and that what was typed is kept.
 */
export function SaveFailedBanner({
  message,
  code,
  onRetry,
}: {
  message: string;
  code?: string;
  onRetry: () => void;
}) {
  const sessionGone = code === 'unauthorized';
  return (
    <div className="banner error save-failed" role="alert">
      <div>
        <strong>{ui.save.failedTitle}</strong>
        <p>{sessionGone ? ui.save.sessionGoneBody : ui.save.failedBody(message)}</p>
      </div>
      {!sessionGone && (
        <button type="button" onClick={onRetry}>
          {ui.save.retryNow}
        </button>
      )}
    </div>
  );
}
