// The apply script must keep every tenant-controlled value data: tokenized with PowerShell's quoting and comment
// rules, a script built from hostile names has exactly the code tokens of one built from a plain name, and every
// literal, comment and here-string gives back the original value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportPlanJson,
  exportPlanPowerShell,
  planApply,
  resolvePlaceholders,
  type ApplyInput,
  type ApplyPlan,
  type TenantSnapshot,
} from '../../../simulator/import/index';
import { psCommentText, psSingleQuoted, PS_SCRIPT_BOM } from '../../../simulator/exports/powershell';
import { HOSTILE_STRINGS } from './hostile-strings';
import { codeShape, tokenizePowerShell, type PsToken } from './powershell-tokenizer';

function snapshotFor(tenantId: string, cloud: 'global' | 'usGovernment', equivalentName?: string): TenantSnapshot {
  const policies =
    equivalentName !== undefined
      ? [
          {
            id: equivalentName,
            kind: 'customProfile' as const,
            displayName: equivalentName,
            settings: [
              {
                setting: 'allowAadPasswordReset' as const,
                omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
                dataType: 'Integer',
                settingDefinitionId: null,
                value: 1,
              },
            ],
            assignments: [{ target: 'allDevices' as const, groupId: null, filterId: null }],
            applicability: [],
          },
        ]
      : [];
  // planApply reads the tenant and the policies only.
  return { tenant: { id: tenantId, cloud }, policies } as unknown as TenantSnapshot;
}

function plansFor(value: string): ApplyPlan[] {
  const newGroup: ApplyInput = {
    target: { kind: 'newGroup', groupName: value, deviceObjectIds: [value, `${value}2`] },
    policyKind: 'customProfile',
    policyName: value,
  };
  const existing: ApplyInput = {
    target: { kind: 'existingGroup', groupId: value, groupName: value },
    policyKind: 'settingsCatalog',
    policyName: value,
  };
  return [
    planApply(snapshotFor(value, 'global'), newGroup),
    planApply(snapshotFor(value, 'usGovernment'), existing),
    planApply(snapshotFor(value, 'global', value), existing),
  ];
}

function tokensOf(script: string): PsToken[] {
  expect(script.startsWith(PS_SCRIPT_BOM)).toBe(true);
  return tokenizePowerShell(script.slice(1));
}

/** The value passed to -TenantId: the single-quoted token right after the parameter. */
function tenantLiteral(tokens: PsToken[]): string | undefined {
  const index = tokens.findIndex((token) => token.kind === 'word' && token.text === '-TenantId');
  return index < 0 ? undefined : tokens[index + 1].value;
}

function expectDataOnly(value: string, planCount = 3): void {
  const baseline = plansFor('Plain name').map(exportPlanPowerShell);
  plansFor(value)
    .slice(0, planCount)
    .forEach((plan, index) => {
      const script = exportPlanPowerShell(plan);
      const tokens = tokensOf(script);
      expect(codeShape(tokens)).toEqual(codeShape(tokensOf(baseline[index])));

      if (!plan.equivalent) expect(tenantLiteral(tokens)).toBe(value);
      const bodies = tokens.filter((token) => token.kind === 'hereSingle').map((token) => JSON.parse(token.value));
      expect(bodies).toEqual(plan.requests.map((request) => request.body));
      for (const token of tokens.filter((candidate) => candidate.kind === 'hereSingle')) {
        expect(token.value).toMatch(/^[\x20-\x7e\n]*$/);
      }

      const comments = tokens.filter((token) => token.kind === 'comment').map((token) => token.text);
      expect(comments.some((comment) => comment.includes(`Tenant: ${psCommentText(value)}`))).toBe(true);
      if (plan.equivalent) expect(comments.join('\n')).toContain(`"${psCommentText(value)}"`);
      else expect(comments.join('\n')).toContain(psCommentText(value));
    });
}

describe('the tokenizer sees injections (so a pass means something)', () => {
  it('ends a comment at CR, LF, U+0085, U+2028 and U+2029', () => {
    for (const separator of ['\n', '\r', '\u0085', '\u2028', '\u2029']) {
      const kinds = tokenizePowerShell(`# name${separator}Remove-Item x`).map((token) => token.kind);
      expect(kinds).toEqual(['comment', 'newline', 'word', 'word']);
    }
  });

  it('ends a single-quoted string at any of the five single quotes and undoubles them', () => {
    const naive = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const injected = tokenizePowerShell(`Connect-MgGraph -TenantId ${naive('x\u2019; Remove-Item C:\\; \u2019')}`);
    expect(injected.map((token) => token.kind)).toContain('operator');
    expect(injected.filter((token) => token.kind === 'word').map((token) => token.text)).toContain('Remove-Item');
    for (const quote of "'\u2018\u2019\u201a\u201b") {
      const tokens = tokenizePowerShell(psSingleQuoted(`a${quote}b`));
      expect(tokens).toEqual([{ kind: 'singleQuoted', text: psSingleQuoted(`a${quote}b`), value: `a${quote}b` }]);
    }
  });

  it('sees subexpressions and variables outside single quotes, and here-string ends', () => {
    expect(tokenizePowerShell('Write-Host "$(Remove-Item x)"')[1].kind).toBe('doubleQuoted');
    expect(tokenizePowerShell('$(Remove-Item x)').map((token) => token.kind)).toEqual([
      'subexpression',
      'word',
      'word',
      'operator',
    ]);
    const here = tokenizePowerShell("$b = @'\n{\n\u2019@\nRemove-Item x");
    expect(here.map((token) => token.kind)).toEqual(['variable', 'operator', 'hereSingle', 'newline', 'word', 'word']);
    expect(here[2].value).toBe('{');
  });
});

describe('PowerShell apply script', () => {
  it.each(HOSTILE_STRINGS.map((value) => [JSON.stringify(value), value]))(
    'keeps %s data in every field',
    (_label, value) => {
      expectDataOnly(value);
    },
  );

  it.each(HOSTILE_STRINGS.map((value) => [JSON.stringify(value), value]))(
    'keeps %s as the same values in the JSON plan export',
    (_label, value) => {
      for (const plan of plansFor(value)) {
        const parsed = JSON.parse(exportPlanJson(plan));
        expect(parsed.tenantId).toBe(value);
        expect(parsed.requests.map((request: { body: unknown }) => request.body)).toEqual(
          plan.requests.map((request) => request.body),
        );
        if (plan.equivalent) expect(parsed.equivalentPolicy.policyName).toBe(value);
      }
    },
  );

  it('starts with a BOM and shows line breaks in comments as [U+XXXX]', () => {
    const script = exportPlanPowerShell(plansFor('a\r\nb\u2028c')[0]);
    expect(script.startsWith('\uFEFF# Enable the Reset password link')).toBe(true);
    expect(script).toContain('# Tenant: a[U+000D][U+000A]b[U+2028]c');
  });

  it('does not let a name pose as a {{step.id}} placeholder, in the script or in the app', () => {
    const name = '{{createGroup.id}}';
    const plan = plansFor(name)[0];
    const script = exportPlanPowerShell(plan);
    const assignStep = plan.requests.findIndex((request) => request.id === 'assignPolicy');
    expect(script.match(/\$body\.Replace\('\{\{createGroup\.id\}\}'/g)).toHaveLength(1);
    // Only the new-group plan: an existing group's id is Entra's GUID, never a name.
    expectDataOnly(name, 1);
    expectDataOnly(`My ${name} group`);
    const ids = { createGroup: 'g-1', createPolicy: 'p-1' };
    expect(resolvePlaceholders(plan.requests[0].body, ids)).toMatchObject({ displayName: name });
    expect(resolvePlaceholders(plan.requests[assignStep].body, ids)).toEqual({
      assignments: [
        {
          '@odata.type': '#microsoft.graph.deviceConfigurationAssignment',
          target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: 'g-1' },
        },
      ],
    });
    expect(resolvePlaceholders(plan.requests[assignStep].url, ids)).toMatch(/\/deviceConfigurations\/p-1\/assign$/);
  });

  it('keeps any string data (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expectDataOnly(value);
      }),
      { seed: 2019, numRuns: 200 },
    );
  });
});
