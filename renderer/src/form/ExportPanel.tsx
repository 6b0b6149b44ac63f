/** Placeholder: the workbook export (file, blank template, open folder) replaces this file. */
export function ExportPanel(_props: { unitCode: string; period: string }) {
  return null;
}
