/**
 * Which file a revision is compared with: the usable file of the highest revision below it, so
 * diffs follow revision order (r1 → r2, r2 → r3) whatever the order the files arrived in. A file
 * without a revision number (a blank template filled by hand) is compared with the file received
 * before it.
 */
export interface RevisionFile {
  id: number;
  revision: number | null;
  status: string;
}

export function previousRevision<T extends RevisionFile>(files: readonly T[], index: number): T | undefined {
  const file = files[index]!;
  const usable = (f: T) => f.status !== 'refused' && f !== file;
  if (file.revision === null) return files.slice(0, index).reverse().find(usable);
  let best: T | undefined;
  for (const f of files) {
    if (!usable(f) || f.revision === null || f.revision >= file.revision) continue;
    if (!best || f.revision > best.revision!) best = f;
  }
  return best;
}
