// zod schemas for every request argument. Scenarios go through the simulator's own validateScenario.
import { z } from 'zod';
import { ERAS, validateScenario, type Scenario } from '../../simulator/index';

const MAX_PATH_LENGTH = 4096;

/** A complete, valid scenario; the issues carry the simulator's readable field paths. */
export const scenarioArg: z.ZodType<Scenario> = z.unknown().transform((value, context): Scenario => {
  const checked = validateScenario(value);
  if (checked.ok) return checked.scenario;
  for (const problem of checked.problems.slice(0, 20)) {
    context.addIssue({ code: 'custom', message: problem.message, input: value });
  }
  return z.NEVER;
});

export const noArg = z.void();

export const filePathArg = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((value) => !value.includes('\0'), 'no NUL bytes');

export const evaluateOptionsArg = z.strictObject({
  docsAsOf: z.enum(ERAS).optional(),
  strictLicensing: z.boolean().optional(),
  fieldReports: z.boolean().optional(),
  linkAfterFailedAttempt: z.boolean().optional(),
});

export const exportKindArg = z.enum(['reg', 'intuneJson', 'htmlReport']);

/** Capture rectangles in device-independent pixels; bounded so a bad value can't allocate a huge bitmap. */
export const captureRectArg = z.strictObject({
  x: z.number().int().min(0).max(16_384),
  y: z.number().int().min(0).max(16_384),
  width: z.number().int().min(1).max(8_192),
  height: z.number().int().min(1).max(8_192),
});

export const requestSchemas = {
  'scenario:open': noArg,
  'scenario:openRecent': z.strictObject({ path: filePathArg }),
  'scenario:save': z.strictObject({ scenario: scenarioArg, path: filePathArg.nullable(), saveAs: z.boolean() }),
  'scenario:recent': noArg,
  'autosave:write': z.strictObject({ scenario: scenarioArg, path: filePathArg.nullable() }),
  'autosave:read': noArg,
  'autosave:clear': noArg,
  'export:file': z.strictObject({ kind: exportKindArg, scenario: scenarioArg, options: evaluateOptionsArg }),
  'export:png': z.strictObject({ rect: captureRectArg, suggestedName: z.string().max(200) }),
  'shell:openDoc': z.strictObject({ url: z.string().max(2048) }),
  'window:state': z.strictObject({ fileName: z.string().max(260).nullable(), dirty: z.boolean() }),
  'app:storage': noArg,
} as const;
