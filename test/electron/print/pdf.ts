/**
 * What a workbook or document looks like on paper: LibreOffice prints it to PDF (A4, as set in
 * the file), then poppler reads the PDF back: pages, the text of each page, and the height of
 * every word, from which the smallest printed font size follows.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { recalcProfile } from '../workbook/fixtures';

const exec = promisify(execFile);

export interface PrintedPage {
  /** Words joined by single spaces, in reading order. */
  text: string;
  /** Height of each word's box in points (about 1,3 × its font size in Times New Roman). */
  wordHeights: number[];
}

export interface Printed {
  pages: PrintedPage[];
  /** Every page's text, joined by single spaces. */
  text: string;
  /** The smallest font size printed, in points, from the word heights. */
  smallestFontPt: number;
}

/** Box height per point of font size of Times New Roman (Liberation Serif) as poppler measures it. */
export const BOX_PER_POINT = 1.3;

const decode = (s: string) =>
  s
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'");

/** Prints `bytes` (an .xlsx or .docx named `fileName`) through LibreOffice and reads the PDF back. */
export async function printToPdf(fileName: string, bytes: Uint8Array): Promise<Printed> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-print-'));
  try {
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, bytes);
    await exec(
      'soffice',
      [
        `-env:UserInstallation=${recalcProfile(dir)}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 170_000 },
    );
    const pdf = file.replace(/\.[^.]+$/u, '.pdf');
    const { stdout } = await exec('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 26 });
    const pages = stdout
      .split(/<page /u)
      .slice(1)
      .map((page): PrintedPage => {
        const words = [
          ...page.matchAll(
            /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu,
          ),
        ];
        return {
          text: words.map((w) => decode(w[3]!)).join(' '),
          wordHeights: words.map((w) => Number(w[2]) - Number(w[1])),
        };
      });
    const heights = pages.flatMap((p) => p.wordHeights);
    return {
      pages,
      text: pages.map((p) => p.text).join(' '),
      smallestFontPt: heights.length ? Math.min(...heights) / BOX_PER_POINT : 0,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The smallest font size printed on these pages, in points (0 for no words). */
export function smallestFontOn(pages: readonly PrintedPage[]): number {
  const heights = pages.flatMap((p) => p.wordHeights);
  return heights.length ? Math.min(...heights) / BOX_PER_POINT : 0;
}
