// Every IPC argument is bounded: each string and list in every channel's schema has a maximum (checked by walking
// the zod schemas themselves, so a new channel without one fails here), a scenario is measured before validation,
// and tenant statements refuse an unbounded or hostile tenant ID.
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { fitsJsonBudget, requestSchemas } from '../../../main/ipc/schemas';
import { tenantHandlers } from '../../../main/tenant/handlers';
import type { TenantService } from '../../../main/tenant/tenant-service';
import { REQUEST_CHANNELS } from '../../../preload/contract';
import { DEFAULT_SCENARIO } from '../../../simulator/index';

// The app's channels take their schemas from requestSchemas; the tenant group defines its own.
const schemaOf = new Map<string, unknown>([
  ...Object.entries(requestSchemas),
  ...tenantHandlers({} as TenantService).handlers.map((entry) => [entry.channel, entry.schema] as const),
]);

interface ZodInternals {
  _zod: { def: { type: string; checks?: Array<{ _zod: { def: { check: string } } }> } & Record<string, unknown> };
}

/** Paths inside a schema where a string or an array has no maximum length. */
function unboundedPaths(schema: unknown, at = '(argument)'): string[] {
  const { def } = (schema as ZodInternals)._zod;
  const hasMax = () => (def.checks ?? []).some((check) => check._zod.def.check === 'max_length');
  switch (def.type) {
    case 'string':
      return hasMax() ? [] : [at];
    case 'array':
      return [...(hasMax() ? [] : [at]), ...unboundedPaths(def.element, `${at}[]`)];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
        unboundedPaths(value, `${at}.${key}`),
      );
    case 'union':
      return (def.options as unknown[]).flatMap((option) => unboundedPaths(option, at));
    case 'nullable':
    case 'optional':
      return unboundedPaths(def.innerType, at);
    case 'pipe':
      return [...unboundedPaths(def.in, at), ...unboundedPaths(def.out, at)];
    case 'transform':
    case 'unknown':
      // Only the scenario argument is open here, and it is measured in its transform (tested below).
      return at.endsWith('.scenario') ? [] : [`${at} (unknown)`];
    default:
      return [];
  }
}

describe('every IPC channel bounds its argument', () => {
  it('has a schema for every channel of the contract', () => {
    expect([...schemaOf.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it.each(REQUEST_CHANNELS.map((channel) => [channel]))('%s: every string and list has a maximum', (channel) => {
    expect(unboundedPaths(schemaOf.get(channel))).toEqual([]);
  });

  it('notices an unbounded field (the walk is real)', () => {
    expect(unboundedPaths(requestSchemas['window:state'])).toEqual([]);
    const open = { _zod: { def: { type: 'object', shape: { name: { _zod: { def: { type: 'string' } } } } } } };
    expect(unboundedPaths(open)).toEqual(['(argument).name']);
  });
});

describe('scenarios are measured before validation', () => {
  const save = requestSchemas['scenario:save'] as z.ZodType;

  it('accepts a normal scenario', () => {
    expect(save.safeParse({ scenario: DEFAULT_SCENARIO, path: null, saveAs: false }).success).toBe(true);
  });

  it('refuses a scenario over the 5 MB file cap, naming the cap', () => {
    const huge = { ...DEFAULT_SCENARIO, name: 'x'.repeat(5 * 1024 * 1024 + 1) };
    const result = save.safeParse({ scenario: huge, path: null, saveAs: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('the scenario is larger than a scenario file may be (5 MB)');
  });

  it('stops walking a hostile object graph early', () => {
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`k${index}`, 0]));
    const started = performance.now();
    expect(fitsJsonBudget(wide, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(fitsJsonBudget([[[['deep']]]], 100)).toBe(true);
    expect(fitsJsonBudget('x'.repeat(101), 100)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('tenant statements', () => {
  const statements = schemaOf.get('tenant:statements:save') as z.ZodType;
  const valid = {
    tenantId: '11111111-2222-3333-4444-555555555555',
    ssprEnabled: 'Selected',
    selectedGroup: 'SSPR pilot',
    methodsRequired: 1,
    statedAt: '2026-12-02T10:00:00.000Z',
  };

  it('accepts a real statement', () => {
    expect(statements.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an unbounded tenant ID', { tenantId: 'a'.repeat(1_000_000) }],
    ['a tenant ID that would reach the object prototype', { tenantId: '__proto__' }],
    ['an empty tenant ID', { tenantId: '' }],
    ['a huge group name', { selectedGroup: 'g'.repeat(10_000) }],
    ['a huge date', { statedAt: '2'.repeat(10_000) }],
    ['an unknown field', { extra: true }],
  ])('refuses %s', (_label, change) => {
    expect(statements.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
