import { z } from 'zod';
import { base64Schema, fileNameSchema } from './common';

/**
 * The form in use and the packages installed from Settings (issue 9). The template crosses as
 * data: the renderer draws the form from it. Kept apart from contract.ts so that file stays small.
 */
export const MAX_FORM_PACKAGE_BYTES = 10 * 1024 * 1024;

const formsStateSchema = z.object({
  active: z.object({ id: z.string(), version: z.number().int(), title: z.string(), builtIn: z.boolean() }),
  installed: z.array(
    z.object({
      id: z.number().int(),
      templateId: z.string(),
      version: z.number().int(),
      title: z.string(),
      fileName: z.string(),
      sha256: z.string(),
      installedAt: z.string(),
    }),
  ),
});
export type FormsState = z.infer<typeof formsStateSchema>;

/** A template as the main process sends it (built by the checked package reader, or built in). */
const templateSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    sections: z.array(z.object({ id: z.string(), kind: z.enum(['indicators', 'list']) }).passthrough()),
    rules: z.array(z.object({ id: z.string() }).passthrough()),
    maxCount: z.number(),
  })
  .passthrough();

export const formCalls = {
  'form.current': { args: z.object({}).strict(), result: templateSchema },
  'form.list': { args: z.object({}).strict(), result: formsStateSchema },
  'form.install': {
    args: z
      .object({
        fileName: fileNameSchema,
        base64: base64Schema(MAX_FORM_PACKAGE_BYTES),
      })
      .strict(),
    result: formsStateSchema,
  },
} as const;
