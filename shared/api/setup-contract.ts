import { z } from 'zod';
import { unitCodeSchema, unitLevelSchema, unitSchema } from '../domain/units';

/**
 * The first run over the national list: search a commune by name, list the provinces and the
 * districts before 1/7/2025, and set this PC up in one step (its units and its settings). Kept
 * apart from contract.ts so that file stays small.
 */
const digits = (n: number) => z.string().regex(new RegExp(`^\\d{${n}}$`, 'u'));

export const catalogHitSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  formerly: z.object({ name: z.string(), districtName: z.string() }).optional(),
});

export const setupChoiceSchema = z.discriminatedUnion('kind', [
  /** A commune, ward or special zone of the national list. */
  z.object({ kind: z.literal('commune'), code: digits(5) }).strict(),
  /** A province body that merges its communes' reports. */
  z.object({ kind: z.literal('province'), code: digits(2) }).strict(),
  /** A district before 1/7/2025 that merges its communes' reports (earlier periods). */
  z.object({ kind: z.literal('oldDistrict'), code: digits(3) }).strict(),
  /** One of the units already in the list (a custom list, a restored database). */
  z.object({ kind: z.literal('existing'), unitCode: unitCodeSchema }).strict(),
  /** A unit the list lacks, typed by hand. */
  z
    .object({
      kind: z.literal('custom'),
      code: unitCodeSchema,
      name: z.string().trim().min(1).max(200),
      level: unitLevelSchema,
    })
    .strict(),
  /** The sample district of report 114/BC-UBND (huyện Tân Hồng), to try the app. */
  z.object({ kind: z.literal('sample'), unitCode: unitCodeSchema }).strict(),
]);
export type SetupChoice = z.infer<typeof setupChoiceSchema>;

export const setupCalls = {
  'catalog.search': {
    args: z
      .object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).optional() })
      .strict(),
    result: z.array(catalogHitSchema),
  },
  'catalog.provinces': {
    args: z.object({}).strict(),
    result: z.array(z.object({ code: z.string(), name: z.string(), communeCount: z.number().int() })),
  },
  'catalog.oldDistricts': {
    args: z.object({}).strict(),
    result: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        provinceName: z.string(),
        communeCount: z.number().int(),
      }),
    ),
  },
  'setup.apply': {
    args: z.object({ choice: setupChoiceSchema, isMergingOffice: z.boolean() }).strict(),
    result: z.object({
      // The settings as settings.get reads them (contract.ts's schema; not imported: a cycle).
      settings: z.object({ unitCode: unitCodeSchema, isMergingOffice: z.boolean() }).passthrough(),
      units: z.array(unitSchema),
      added: z.number().int(),
    }),
  },
} as const;
