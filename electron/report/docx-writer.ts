/**
 * Draws a ReportDocument (shared/report/model.ts) as a .docx in the layout of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New Roman, the two-column
 * header, body 14 pt justified with a 1,27 cm first-line indent and 6 pt between paragraphs, page
 * numbers centred at the top from page 2, the signer block and "Nơi nhận".
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Block, Inline, ReportDocument } from '../../shared/report/model';

/** Sizes in points (docx counts half-points). */
const PT = {
  header: 13,
  national: 12,
  motto: 13,
  body: 14,
  footnote: 12,
  recipientsTitle: 12,
  recipients: 11,
};
const half = (pt: number) => pt * 2;
export const PAGE_LAYOUT = {
  font: 'Times New Roman',
  widthMm: 210,
  heightMm: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
} as const;
/** Millimetres to twips, rounded up so a margin is never a hair under its minimum. */
const mm = (millimetres: number) => Math.ceil((millimetres * 1440) / 25.4);
/** A4 in twips, exactly as Word writes it. */
const A4 = { width: 11906, height: 16838 };
const TEXT_WIDTH = mm(PAGE_LAYOUT.widthMm - PAGE_LAYOUT.margins.left - PAGE_LAYOUT.margins.right);
const LEFT_COLUMN = mm(62);

interface Footnotes {
  next: number;
  notes: Record<number, { children: Paragraph[] }>;
}

function runs(inlines: Inline[], size: number, notes: Footnotes): (TextRun | FootnoteReferenceRun)[] {
  return inlines.map((i) => {
    if (i.kind === 'text') {
      return new TextRun({
        text: i.text,
        size: half(size),
        bold: i.bold ?? false,
        italics: i.italic ?? false,
      });
    }
    if (i.kind === 'fill')
      return new TextRun({ text: i.text, size: half(size), highlight: HighlightColor.YELLOW });
    const id = notes.next++;
    notes.notes[id] = {
      children: i.paragraphs.map(
        (p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(p, PT.footnote, notes) }),
      ),
    };
    return new FootnoteReferenceRun(id);
  });
}

const line = (text: string, pt: number, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, size: half(pt), bold: options.bold ?? false, italics: options.italics ?? false });

const centred = (children: TextRun[], extra: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children, ...extra });

/** A rule under a line: an empty paragraph whose bottom border spans `widthMm`, centred in its column. */
function rule(columnTwips: number, widthMm: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - mm(widthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

const twoColumns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(LEFT_COLUMN, left), cell(TEXT_WIDTH - LEFT_COLUMN, right)],
      }),
    ],
  });

function headerBlock(doc: ReportDocument): (Table | Paragraph)[] {
  const right = TEXT_WIDTH - LEFT_COLUMN;
  const left = [
    ...(doc.parentBody ? [centred([line(doc.parentBody, PT.header)])] : []),
    ...doc.issuingBody.map((l) => centred([line(l, PT.header, { bold: true })])),
    rule(LEFT_COLUMN, 20),
    centred([line(doc.number, PT.header)], { spacing: { before: 120 } }),
  ];
  const rightColumn = [
    centred([line(doc.nationalTitle, PT.national, { bold: true })]),
    centred([line(doc.motto, PT.motto, { bold: true })]),
    rule(right, 60),
    centred([line(doc.placeDate, PT.body, { italics: true })], { spacing: { before: 120 } }),
  ];
  return [
    twoColumns(left, rightColumn),
    centred([line(doc.title, PT.body, { bold: true })], { spacing: { before: 360 } }),
    ...doc.subject.map((s) => centred([line(s, PT.body, { bold: true })])),
    rule(TEXT_WIDTH, 40),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

const BODY: Partial<IParagraphOptions> = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: mm(12.7) },
  spacing: { after: 120, line: 288 },
};

function bodyBlock(block: Block, notes: Footnotes): Paragraph {
  if (block.kind === 'heading') {
    return new Paragraph({ ...BODY, keepNext: true, children: [line(block.text, PT.body, { bold: true })] });
  }
  return new Paragraph({ ...BODY, children: runs(block.inlines, PT.body, notes) });
}

function signerBlock(doc: ReportDocument, notes: Footnotes): Table {
  const left = [
    new Paragraph({
      children: [line(doc.recipientsTitle, PT.recipientsTitle, { bold: true, italics: true })],
    }),
    ...doc.recipients.map((r) => new Paragraph({ children: runs(r, PT.recipients, notes) })),
  ];
  const right = [
    centred([line(doc.signer.onBehalf, PT.body, { bold: true })]),
    centred([line(doc.signer.position, PT.body, { bold: true })]),
    // Room for the signature and the seal.
    new Paragraph({ spacing: { before: 1600 }, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs([doc.signer.name], PT.body, notes) }),
  ];
  return twoColumns(left, right);
}

/** The report as the bytes of a .docx file. */
export async function writeReportDocx(doc: ReportDocument): Promise<Buffer> {
  const notes: Footnotes = { next: 1, notes: {} };
  const body = doc.body.map((b) => bodyBlock(b, notes));
  const signer = signerBlock(doc, notes);
  const document = new Document({
    creator: doc.issuingBody.join(' '),
    title: [doc.title, ...doc.subject].join(' '),
    styles: {
      default: { document: { run: { font: PAGE_LAYOUT.font, size: half(PT.body) } } },
      paragraphStyles: [],
    },
    footnotes: notes.notes,
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mm(PAGE_LAYOUT.margins.top),
              bottom: mm(PAGE_LAYOUT.margins.bottom),
              left: mm(PAGE_LAYOUT.margins.left),
              right: mm(PAGE_LAYOUT.margins.right),
              header: mm(10),
              footer: mm(10),
            },
          },
          // Page 1 has its own (empty) header: numbers start on page 2.
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [centred([new TextRun({ children: [PageNumber.CURRENT], size: half(PT.body) })])],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          ...headerBlock(doc),
          ...body,
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          signer,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
