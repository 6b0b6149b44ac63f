import type { ChangeEvent } from 'react';

/**
 * A file chooser that shows only Vietnamese: the native box would show the browser's own words
 * ("Choose File", "No file chosen"), so it is visually hidden inside a button-like label, still
 * reachable with Tab and named by the label's text, or by `name` when the chooser should say more
 * than the button does.
 */
export function FilePicker({
  label,
  name,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  name?: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File | undefined) => void;
}) {
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file chosen again is read again
    onFile(file);
  };
  return (
    <label className="file-pick">
      <input
        type="file"
        className="visually-hidden"
        aria-label={name}
        accept={accept}
        disabled={disabled}
        onChange={change}
      />
      <span>{label}</span>
    </label>
  );
}
