/**
 * Vietnamese text for two files of one unit and period with the same revision: which one counts,
 * and why (their export times, or only the order they were received), and re-imports of a file
 * already received. See shared/merge/supersede.ts.
 */
import { formatDateTime } from '../../format/dates';
import { formatCount } from '../../format/numbers';
import { districtMessages } from './district';

const rev = districtMessages.revisionName;
const count = (n: number | null) => (n === null ? '(trống)' : formatCount(n));
const at = (iso: string | null) => (iso ? formatDateTime(iso) || iso : '?');

/** Why the unit's current file is the one used, said after "đang dùng tệp …". */
export type CurrentBecause = 'revision' | 'exported-at' | 'same-content' | 'arrival';

export const sameRevisionMessages = {
  /**
   * The warning on a unit whose two files have the same revision and different figures, and
   * nothing in them says which is newer: which one counts, why, and what to do.
   */
  undecided: (
    unit: string,
    revision: number | null,
    kept: string,
    other: string,
    diffs: readonly { code: string; a: number | null; b: number | null }[],
  ) => {
    const what = diffs.length
      ? `số liệu khác nhau (${diffs.map((d) => `${d.code}: ${count(d.a)} trong tệp "${kept}", ${count(d.b)} trong tệp "${other}"`).join('; ')})`
      : 'nội dung khác nhau (mô hình, đào tạo hoặc tồn tại, kiến nghị)';
    return (
      `${unit}: tệp "${kept}" và tệp "${other}" cùng là bản ${rev(revision)} nhưng ${what}, và không tệp nào cho biết tệp nào mới hơn. ` +
      `Đang dùng tệp "${kept}" chỉ vì tệp này được nhận sau (theo thứ tự nhận tệp), không phải vì biết là bản mới hơn. ` +
      `Đề nghị đơn vị xác nhận tệp đúng; nếu tệp "${other}" mới đúng, hãy nhập lại tệp đó để dùng tệp đó (khi tổng hợp bằng lệnh merge: chỉ đưa tệp đúng vào).`
    );
  },
  /** A file that replaced one of the same revision because it was exported later. */
  replacedExportedLater: (
    unit: string,
    revision: number | null,
    other: string,
    time: string | null,
    otherTime: string | null,
  ) =>
    `Đã nhận báo cáo của ${unit} (${rev(revision)}), thay cho tệp "${other}" cùng bản nhưng xuất trước (tệp này xuất lúc ${at(time)}, tệp kia lúc ${at(otherTime)}). Tệp cũ vẫn được lưu.`,
  /** A file that lost to one of the same revision exported later (whichever arrived first). */
  olderExportedEarlier: (
    unit: string,
    revision: number | null,
    other: string,
    time: string | null,
    otherTime: string | null,
  ) =>
    `Tệp là bản ${rev(revision)} của ${unit}, cùng bản với tệp "${other}" đã nhận nhưng xuất trước (tệp này xuất lúc ${at(time)}, tệp kia lúc ${at(otherTime)}), nên không thay thế tệp đó. Tệp vẫn được lưu để tra cứu.`,
  /** A file that replaced one of the same revision only by arriving later (a warning says more). */
  replacedByArrival: (unit: string, revision: number | null, other: string) =>
    `Đã nhận báo cáo của ${unit} (${rev(revision)}); tệp này được dùng thay cho tệp "${other}" cùng bản nhưng số liệu khác (xem cảnh báo). Tệp kia vẫn được lưu.`,
  /** The same bytes again, and that file is the one in use. */
  identicalCurrent: (fileName: string) =>
    `Tệp "${fileName}" đã được nhận trước đây (nội dung giống hệt từng byte) và đang được dùng cho tổng hợp. Không có gì thay đổi.`,
  /** The same bytes again, of a file not in use, and the file in use stays (it is newer, or the same). */
  identicalNotCurrent: (
    fileName: string,
    unit: string,
    current: string,
    currentRevision: number | null,
    because: CurrentBecause,
  ) =>
    `Tệp "${fileName}" đã được nhận trước đây (nội dung giống hệt từng byte). Không có gì thay đổi: báo cáo đang dùng của ${unit} là tệp "${current}" (${rev(currentRevision)}), ${
      because === 'revision'
        ? 'là bản mới hơn tệp này'
        : because === 'exported-at'
          ? 'cùng bản nhưng được xuất sau tệp này'
          : 'cùng nội dung với tệp này'
    }.${because === 'same-content' ? '' : ' Nếu tệp này mới đúng, đề nghị đơn vị xuất lại báo cáo từ phần mềm (thành bản mới hơn) rồi gửi lại.'}`,
  /** The same bytes again, of a file of the same revision as the one in use: it is used now. */
  reinstated: (fileName: string, unit: string, revision: number | null, other: string) =>
    `Tệp "${fileName}" đã được nhận trước đây; theo lần nhập này, tệp được dùng lại làm báo cáo của ${unit} (${rev(revision)}) thay cho tệp "${other}" cùng bản nhưng số liệu khác. Tệp "${other}" vẫn được lưu; nhập lại tệp đó nếu muốn dùng tệp đó.`,
} as const;
