/**
 * The question asked in place before something that cannot be undone (a restore, starting empty):
 * the dangerous choice first, "no" focused so Enter alone changes nothing.
 */
export function ConfirmBox({
  id,
  heading: Heading = 'h2',
  title,
  text,
  yes,
  no,
  busy = false,
  onYes,
  onNo,
}: {
  /** The heading's id, which names the dialog. */
  id: string;
  heading?: 'h2' | 'h3';
  title: string;
  text: string;
  yes: string;
  no: string;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id} aria-modal="false">
      <Heading id={id}>{title}</Heading>
      <p>{text}</p>
      <button type="button" className="danger" disabled={busy} onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" onClick={onNo} autoFocus>
        {no}
      </button>
    </div>
  );
}
