/**
 * The one check for links that leave the app: only http and https, parsed, never substring-matched.
 * The text must also be written as an absolute http(s) URL with no spaces or control characters,
 * so the lenient URL parser never "repairs" something odd ("http:/x", " https://…") into a link.
 */
export function isSafeExternalUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f\\]+$/iu.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Whether a URL is one of the app's own pages: a file: URL inside the renderer's folder. Both are
 * parsed (so "..", "%2e%2e", a query or a host cannot trick a prefix match) and compared by path.
 */
export function isAppUrl(url: string, rendererRoot: string): boolean {
  try {
    const target = new URL(url);
    const root = new URL(rendererRoot);
    if (target.protocol !== 'file:' || root.protocol !== 'file:') return false;
    if (target.host !== root.host) return false;
    // Compared decoded: Chromium and Node may percent-encode a folder with diacritics differently.
    const rootDecoded = decodeURIComponent(root.pathname);
    const rootPath = rootDecoded.endsWith('/') ? rootDecoded : rootDecoded + '/';
    const targetPath = decodeURIComponent(target.pathname);
    if (/(^|\/)\.\.?(\/|$)/u.test(targetPath) || targetPath.includes('\\')) return false;
    return targetPath.startsWith(rootPath);
  } catch {
    return false;
  }
}
