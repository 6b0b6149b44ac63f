/**
 * Lines of a list saved by Excel or LibreOffice as .csv, or pasted from a sheet: "quoted" parts may
 * hold the separator ("" inside quotes is one quote); parts are trimmed.
 */
export function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        part += '"';
        i++;
      } else quoted = !quoted;
    } else if (!quoted && separator.test(ch)) {
      parts.push(part.trim());
      part = '';
    } else part += ch;
  }
  parts.push(part.trim());
  return parts;
}

/**
 * The fields of one line: semicolons and tabs separate when the line has any outside quotes (Excel
 * in Vietnamese saves .csv with ";", since "," is the decimal sign), else commas.
 */
export function csvFields(line: string): string[] {
  const bySemicolonOrTab = splitOutsideQuotes(line, /[;\t]/u);
  return bySemicolonOrTab.length > 1 ? bySemicolonOrTab : splitOutsideQuotes(line, /,/u);
}
