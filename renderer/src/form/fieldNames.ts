/**
 * Names of form fields (react-hook-form paths), their DOM ids and accessible labels. The label of
 * every input starts with its code ("A03 Hồ sơ mới tiếp nhận trực tuyến"): screen readers say it,
 * tests find inputs by it, and a clerk on the phone with the district can name the box.
 */
import { ui } from '../../../shared/i18n/vi/ui';

export const countField = (code: string) => `counts.${code}` as const;
export const textField = (code: string) => `texts.${code}` as const;
export const modelField = (row: number, code: string) => `models.${row}.values.${code}` as const;
export const preparerField = (key: 'name' | 'position' | 'phone' | 'preparedOn') =>
  `preparer.${key}` as const;

/** The field of a section-level problem of the list (too many rows). */
export const MODELS_FIELD = 'models';

export const domId = (field: string) => 'f-' + field.replace(/\./gu, '-');
export const messageId = (field: string) => `${domId(field)}-msg`;

export const indicatorLabel = (code: string, label: string) => `${code} ${label}`;
export const modelCellLabel = (code: string, label: string, row: number) =>
  ui.models.cellLabel(code, label, row + 1);
