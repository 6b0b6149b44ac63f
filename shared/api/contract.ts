import { z } from 'zod';
import { reportDataSchema } from '../domain/report';
import { unitCodeSchema, unitLevelSchema, unitSchema } from '../domain/units';
import { backupFileNameSchema, backupInfoSchema } from '../domain/backups';
import type { ApiChannel } from './channels';
import { periodSchema } from './common';
import { compareCalls } from './compare-contract';
import { dhis2Calls } from './dhis2-contract';
import { districtCalls } from './district-contract';
import { formCalls } from './form-contract';
import { setupCalls } from './setup-contract';
import { recoveryCalls } from './recovery-contract';
import { receiptCalls } from './receipt-contract';
import { wordReportCalls } from './report-contract';
import { workbookCalls } from './workbook-contract';

/**
 * The one API between the renderer and the main process. Each call has a name, a zod schema of
 * its single argument (always a strict object, so extra fields are refused) and of its result.
 * Electron IPC and the browser-mode HTTP bridge both validate against these before any service
 * runs; the preload and the HTTP client are typed by them.
 */

export { periodSchema };
const noArgs = z.object({}).strict();

export const settingsSchema = z
  .object({
    unitCode: unitCodeSchema,
    isMergingOffice: z.boolean(),
    /** The period last chosen: kept in the data folder, so any browser or window opens on it. */
    period: periodSchema.optional(),
    /**
     * Where exports are saved. Read: the folder in use. Saved: a full path, or null for the
     * default (Documents\Báo cáo CCHC); left out, unchanged.
     */
    exportFolder: z.string().min(1).max(1000).nullable().optional(),
  })
  .strict();
export type SettingsInput = z.infer<typeof settingsSchema>;
/** Settings as read: also the default export folder, so Cài đặt can offer to go back to it. */
export const settingsViewSchema = settingsSchema.extend({ defaultExportFolder: z.string().optional() });
export type Settings = z.infer<typeof settingsViewSchema>;

export const reportKeySchema = z.object({ unitCode: unitCodeSchema, period: periodSchema }).strict();
export type ReportKey = z.infer<typeof reportKeySchema>;

export const reportSchema = z.object({
  id: z.number().int(),
  unitCode: z.string(),
  period: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  data: reportDataSchema,
  /** The version of `data` a save must be based on (see reportFingerprint). */
  fingerprint: z.string(),
  revision: z.number().int().min(1),
  exportedRevision: z.number().int().nullable(),
  updatedAt: z.string(),
  /** Opened under a newer form than it was saved under: what carrying it forward did (issue 9). */
  carriedForward: z
    .object({
      fromVersion: z.number().int(),
      toVersion: z.number().int(),
      moved: z.array(z.object({ from: z.string(), to: z.string() })),
      added: z.array(z.string()),
      dropped: z.array(z.string()),
    })
    .optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportSummarySchema = reportSchema.omit({ data: true });
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const call = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const apiContract = {
  'app.info': call(noArgs, appInfoSchema),
  'settings.get': call(noArgs, settingsViewSchema.nullable()),
  'settings.save': call(settingsSchema, settingsViewSchema),
  /** Browser mode: ends every browser's remembered session (the clerk confirmed it). */
  'settings.signOutBrowsers': call(z.object({ confirm: z.literal(true) }).strict(), z.null()),
  'units.list': call(z.object({ includeInactive: z.boolean().optional() }).strict(), z.array(unitSchema)),
  'units.add': call(
    z
      .object({ code: unitCodeSchema, name: z.string().trim().min(1).max(200), level: unitLevelSchema })
      .strict(),
    unitSchema,
  ),
  'units.rename': call(
    z.object({ code: unitCodeSchema, name: z.string().trim().min(1).max(200) }).strict(),
    unitSchema,
  ),
  'units.setActive': call(z.object({ code: unitCodeSchema, active: z.boolean() }).strict(), unitSchema),
  'units.import': call(
    z
      .object({
        units: z
          .array(unitSchema.omit({ active: true }))
          .min(1)
          .max(10_000),
      })
      .strict(),
    z.object({ added: z.number().int(), updated: z.number().int() }),
  ),
  'report.open': call(reportKeySchema, reportSchema),
  'report.save': call(
    z
      .object({
        unitCode: unitCodeSchema,
        period: periodSchema,
        data: reportDataSchema,
        /** The fingerprint of the stored report this save was typed on; a stale one is refused. */
        base: z.string().min(1).max(32),
      })
      .strict(),
    z.object({
      revision: z.number().int(),
      savedAt: z.string(),
      changed: z.boolean(),
      fingerprint: z.string(),
    }),
  ),
  'report.list': call(noArgs, z.array(reportSummarySchema)),
  'backups.list': call(noArgs, z.object({ folder: z.string(), backups: z.array(backupInfoSchema) })),
  'backups.create': call(noArgs, backupInfoSchema),
  'backups.restore': call(
    z.object({ fileName: backupFileNameSchema, confirm: z.literal(true) }).strict(),
    z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema }),
  ),
  'support.exportLog': call(
    noArgs,
    z.object({ fileName: z.string(), contentBase64: z.string(), size: z.number().int().min(0) }),
  ),
  ...districtCalls,
  ...dhis2Calls,
  ...receiptCalls,
  ...workbookCalls,
  ...setupCalls,
  ...formCalls,
  ...recoveryCalls,
  ...wordReportCalls,
  ...compareCalls,
} as const satisfies Record<ApiChannel, { args: z.ZodType; result: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiArgs<C extends ApiChannel> = z.input<ApiContract[C]['args']>;
export type ApiResult<C extends ApiChannel> = z.output<ApiContract[C]['result']>;

/** An error crosses the boundary as data: a code for programs, a Vietnamese message for people. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.string()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload exposes and the HTTP client implements: one function per call, no more. */
export type CchcApi = { [C in ApiChannel]: (args: ApiArgs<C>) => Promise<ApiReply<ApiResult<C>>> };
