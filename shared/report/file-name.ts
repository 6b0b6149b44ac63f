import { fileNamePart } from '../workbook/layout';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `BaoCao_CCHC_2023_TH03_xa_Thong_Binh_20240325-0930.docx`, `BaoCao_CCHC_2023_TongHop_….docx`.
 * Stamped with the time, so a new export never overwrites a report the clerk has already edited.
 */
export function wordReportFileName(args: {
  period: string;
  unit: { code: string; name: string } | null;
  at: Date;
}) {
  const { at } = args;
  const who = args.unit ? `${fileNamePart(args.unit.code)}_${fileNamePart(args.unit.name)}` : 'TongHop';
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `BaoCao_CCHC_${fileNamePart(args.period)}_${who}_${stamp}.docx`;
}
