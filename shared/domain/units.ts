import { z } from 'zod';

/**
 * Reporting units. `xa` is a commune, ward or township; `huyen` is a body that merges and also
 * reports its own one-stop figures (a district before 1/7/2025, the province body after).
 */
export const unitLevelSchema = z.enum(['xa', 'huyen']);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

export const UNIT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,20}$/u;
export const unitCodeSchema = z.string().regex(UNIT_CODE_PATTERN);

export const unitSchema = z.object({
  code: unitCodeSchema,
  name: z.string().trim().min(1).max(200),
  level: unitLevelSchema,
  active: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;

export const UNIT_LEVEL_NAMES: Record<UnitLevel, string> = {
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

/** The default list: the district of Tân Hồng as in report 114/BC-UBND. Editable data, not code. */
export const DEFAULT_UNITS: readonly Unit[] = [
  { code: 'TH00', name: 'UBND huyện Tân Hồng', level: 'huyen', active: true },
  { code: 'TH01', name: 'Thị trấn Sa Rài', level: 'xa', active: true },
  { code: 'TH02', name: 'xã Tân Hộ Cơ', level: 'xa', active: true },
  { code: 'TH03', name: 'xã Thông Bình', level: 'xa', active: true },
  { code: 'TH04', name: 'xã Tân Thành A', level: 'xa', active: true },
  { code: 'TH05', name: 'xã Tân Thành B', level: 'xa', active: true },
  { code: 'TH06', name: 'xã Tân Phước', level: 'xa', active: true },
  { code: 'TH07', name: 'xã Tân Công Chí', level: 'xa', active: true },
  { code: 'TH08', name: 'xã An Phước', level: 'xa', active: true },
  { code: 'TH09', name: 'xã Bình Phú', level: 'xa', active: true },
];

/** Name as printed in a header: "UBND XÃ THÔNG BÌNH" for a commune, as Nghị định 30 writes it. */
export function unitHeaderName(unit: Pick<Unit, 'name' | 'level'>): string {
  const name = unit.name.trim();
  const withBody = /^(UBND|Ủy ban|Uỷ ban)/iu.test(name) ? name : `UBND ${name}`;
  return withBody.toLocaleUpperCase('vi');
}
