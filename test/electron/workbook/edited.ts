import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import type { CheckedWorkbook } from '../../../shared/workbook/import-types';
import { Book } from '../../../scripts/lib/mutation/book';
import { Layout } from '../../../scripts/lib/mutation/mutations';
import { UNITS, sampleReport, writeReport } from './fixtures';

/** The sample report exported by the app, edited as a clerk would in Excel, then checked. */
export async function edited(
  change: (book: Book, layout: Layout) => void,
  data = sampleReport(),
): Promise<CheckedWorkbook> {
  const book = new Book(await writeReport(data));
  change(book, new Layout(book, CURRENT_TEMPLATE));
  return checkWorkbookSync(book.write(), 'xa.xlsx', { units: UNITS });
}

/** The problems of one kind. */
export const at = (r: CheckedWorkbook, kind: string) => r.problems.filter((p) => p.kind === kind);
