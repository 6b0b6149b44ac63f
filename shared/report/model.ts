/**
 * The Word report as plain data: what is written, not how Word draws it. Built by
 * shared/report/build.ts from the merged figures; drawn by electron/report/docx-writer.ts in the
 * layout of Nghị định 30/2020/NĐ-CP.
 */

export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  /** What only a person can write: printed highlighted, in brackets, never invented text. */
  | { kind: 'fill'; text: string }
  /** A footnote mark here, with the footnote's paragraphs at the foot of the page. */
  | { kind: 'footnote'; paragraphs: Inline[][] };

export type Block =
  /** "I. KẾT QUẢ …" (level 1, capitals) or "1. Cải cách thể chế" (level 2). */
  { kind: 'heading'; level: 1 | 2; text: string } | { kind: 'paragraph'; inlines: Inline[] };

export interface ReportDocument {
  /** Parent body in capitals ("UBND HUYỆN TÂN HỒNG"); null when none is known. */
  parentBody: string | null;
  /** Issuing body, one line each ("ỦY BAN NHÂN DÂN", "XÃ THÔNG BÌNH"). */
  issuingBody: string[];
  /** "Số:      /BC-UBND" (the number is given by the clerical office when signed). */
  number: string;
  nationalTitle: string;
  motto: string;
  placeDate: string;
  title: string;
  /** Trích yếu, one line each. */
  subject: string[];
  body: Block[];
  recipientsTitle: string;
  recipients: Inline[][];
  signer: { onBehalf: string; position: string; name: Inline };
}

export const text = (t: string): Inline => ({ kind: 'text', text: t });
export const fill = (t: string): Inline => ({ kind: 'fill', text: t });
export const footnote = (...paragraphs: Inline[][]): Inline => ({ kind: 'footnote', paragraphs });
export const para = (...inlines: Inline[]): Block => ({ kind: 'paragraph', inlines });
export const heading = (level: 1 | 2, t: string): Block => ({ kind: 'heading', level, text: t });

/** Every text of a document in reading order (for tests and a plain-text preview). */
export function plainText(doc: ReportDocument): string {
  const inline = (i: Inline): string =>
    i.kind === 'footnote' ? ` [${i.paragraphs.map((p) => p.map(inline).join('')).join(' ')}]` : i.text;
  const blocks = doc.body.map((b) => (b.kind === 'heading' ? b.text : b.inlines.map(inline).join('')));
  return [
    doc.parentBody ?? '',
    ...doc.issuingBody,
    doc.number,
    doc.nationalTitle,
    doc.motto,
    doc.placeDate,
    doc.title,
    ...doc.subject,
    ...blocks,
    doc.recipientsTitle,
    ...doc.recipients.map((r) => r.map(inline).join('')),
    doc.signer.onBehalf,
    doc.signer.position,
    inline(doc.signer.name),
  ].join('\n');
}
