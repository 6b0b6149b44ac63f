/** Placeholder: the merging office's view (completeness, import, merge) replaces this file. */
export function DistrictView(_props: { period: string }) {
  return null;
}
