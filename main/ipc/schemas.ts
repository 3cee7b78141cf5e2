// zod schemas for every request argument, each one bounded in size: every string and list has a maximum, and a
// scenario is measured before it is validated. Scenarios go through the simulator's own validateScenario.
import { z } from 'zod';
import { ERAS, validateScenario, type Scenario } from '../../simulator/index';
import { MAX_SCENARIO_BYTES } from '../files/scenario-file';

const MAX_PATH_LENGTH = 4096;
/** Far more values than any real scenario holds; a walk stops here rather than visit a hostile object graph. */
const MAX_SCENARIO_VALUES = 100_000;

/**
 * Whether the value's JSON text would stay within maxBytes (estimated from below, without building the text), walking
 * at most maxValues values. A scenario over the file cap could not be saved or opened again, so it is refused here.
 */
export function fitsJsonBudget(value: unknown, maxBytes: number, maxValues = MAX_SCENARIO_VALUES): boolean {
  let bytes = 0;
  let values = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (++values > maxValues) return false;
    if (typeof next === 'string') bytes += next.length + 2;
    else if (Array.isArray(next)) {
      if (values + next.length > maxValues) return false;
      bytes += 2 + next.length;
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === 'object') {
      const entries = Object.entries(next);
      if (values + entries.length > maxValues) return false;
      bytes += 2 + entries.length;
      for (const [key, item] of entries) {
        bytes += key.length + 3;
        pending.push(item);
      }
    } else bytes += 4;
    if (bytes > maxBytes) return false;
  }
  return true;
}

/** A complete, valid scenario within the file size cap; the issues carry the simulator's readable field paths. */
export const scenarioArg: z.ZodType<Scenario> = z.unknown().transform((value, context): Scenario => {
  if (!fitsJsonBudget(value, MAX_SCENARIO_BYTES)) {
    context.addIssue({
      code: 'custom',
      message: `the scenario is larger than a scenario file may be (${MAX_SCENARIO_BYTES / 1024 / 1024} MB)`,
      input: undefined,
    });
    return z.NEVER;
  }
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
  'export:file': z.strictObject({
    kind: exportKindArg,
    scenario: scenarioArg,
    options: evaluateOptionsArg,
    language: z.enum(['en-US', 'nl-NL']).optional(),
  }),
  'export:png': z.strictObject({ rect: captureRectArg, suggestedName: z.string().max(200) }),
  'shell:openDoc': z.strictObject({ url: z.string().max(2048) }),
  'window:state': z.strictObject({
    fileName: z.string().max(260).nullable(),
    dirty: z.boolean(),
    language: z.enum(['en-US', 'nl-NL']).optional(),
  }),
  'app:storage': noArg,
  'diagnostics:open': noArg,
} as const;
