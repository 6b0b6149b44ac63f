/**
 * Bytes in and out of the page: files picked by the user go to the main process as base64, and
 * what it sends back (workbooks, Word reports, the support log) becomes a download or a link.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A picked file's bytes as base64, for the API. */
export async function fileToBase64(file: Blob): Promise<string> {
  return toBase64(await file.arrayBuffer());
}

/** Bytes from the API (base64) as a Blob. */
export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** A link to bytes from the API (revoke it with URL.revokeObjectURL when done). */
export function base64Url(base64: string, type: string): string {
  return URL.createObjectURL(base64ToBlob(base64, type));
}

/**
 * In browser mode a file the app wrote is also handed to the browser as a download (the data
 * folder may be on another account's disk); Electron has the file in its folder. True when handed.
 */
export function downloadInBrowser(saved: { fileName: string; base64: string }, type: string): boolean {
  if (window.cchc) return false;
  downloadBase64(saved.fileName, saved.base64, type);
  return true;
}

/** Saves bytes from the API as a download the user keeps. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const url = base64Url(base64, type);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
