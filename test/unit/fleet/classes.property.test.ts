// A class's verdict is the verdict of each of its rows evaluated one by one: rows are turned into scenarios here
// directly from their cells (not through the class), evaluated, and compared with the class they were put in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, setAt, type Scenario } from '../../../simulator/index';
import {
  DEFAULT_FLEET_TEMPLATE,
  editionOf,
  enrolledFromManagedBy,
  evaluateFleet,
  joinStateOf,
  readDevicesCsv,
  readUsersCsv,
  rowScenario,
  templateFrom,
  toClassVerdict,
  userFactsOf,
  versionOf,
} from '../../../simulator/fleet';

const VERSIONS = [
  '10.0.26100.2605',
  '10.0.22631.4460',
  '10.0.19045.4529',
  '10.0.17134.1',
  '10.0.16299.15',
  '10.0.15063.0',
  '6.1.7601',
  '',
  'junk',
];
const SKUS = ['Enterprise', 'Professional', 'Education', 'Core', 'ProfessionalEducation', 'Team', ''];
const JOINS = [
  'Microsoft Entra joined',
  'Hybrid Azure AD joined',
  'Azure AD registered',
  'Azure AD joined',
  '',
  'Unknown',
];
const MANAGED = ['Intune', 'Co-managed', 'ConfigMgr', 'Exchange ActiveSync', '', 'Something'];
const USERS = ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'nobody@contoso.com', ''];
const USERS_CSV = [
  'userPrincipalName,isAdmin,isSsprEnabled,methodsRegistered',
  'a@contoso.com,False,True,"microsoftAuthenticatorPush,email"',
  'b@contoso.com,True,True,mobilePhone',
  'c@contoso.com,False,False,',
].join('\r\n');

const row = fc.record({
  version: fc.constantFrom(...VERSIONS),
  sku: fc.constantFrom(...SKUS),
  join: fc.constantFrom(...JOINS),
  managed: fc.constantFrom(...MANAGED),
  upn: fc.constantFrom(...USERS),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

const templates = fc.record({
  session: fc.constantFrom('console', 'remoteDesktop', 'unknown'),
  enabled: fc.constantFrom('All', 'Selected', 'None', 'unknown'),
  methodsRequired: fc.constantFrom(1, 2),
});

function csvOf(rows: Row[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = 'Device ID,Device name,OS,OS version,SkuFamily,JoinType,Managed by,Primary user UPN,Last check-in';
  return [
    header,
    ...rows.map((r, index) =>
      [`id-${index}`, `PC-${index}`, 'Windows', r.version, r.sku, r.join, r.managed, r.upn, '2026-11-20']
        .map(quote)
        .join(','),
    ),
  ].join('\r\n');
}

/** The row's scenario straight from its cells. */
function scenarioOfRow(r: Row, template: Scenario): Scenario {
  const users = readUsersCsv(new TextEncoder().encode(USERS_CSV), 'users.csv');
  const version = versionOf(r.version);
  let s = template;
  s = setAt(s, 'device.os.family', version ? version.family : 'unknown');
  s = setAt(s, 'device.os.build', version ? version.build : 'unknown');
  s = setAt(s, 'device.os.ubr', version && version.ubr !== null ? version.ubr : 'unknown');
  s = setAt(s, 'device.os.edition', editionOf(r.sku) ?? 'unknown');
  s = setAt(s, 'device.joinState', joinStateOf(r.join) ?? 'unknown');
  s = setAt(s, 'device.intuneEnrolled', enrolledFromManagedBy(r.managed) ?? 'unknown');
  const user = userFactsOf(users, r.upn);
  if (user) {
    s = setAt(s, 'user.registeredMethods', user.registeredMethods);
    s = setAt(s, 'user.adminRole', user.adminRole);
    if (template.tenant.sspr.enabled === 'Selected')
      s = setAt(s, 'user.groups', user.ssprEnabled === true ? ['SSPR users'] : []);
  }
  return s;
}

describe('classes', () => {
  it('a class verdict equals each of its rows evaluated on its own', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), templates, (rows, t) => {
        const template = templateFrom(
          {
            session: { kind: t.session },
            tenant: {
              sspr: {
                enabled: t.enabled,
                selectedGroup: t.enabled === 'Selected' ? 'SSPR users' : null,
                methodsRequired: t.methodsRequired,
              },
            },
          },
          'template',
        );
        const users = readUsersCsv(new TextEncoder().encode(USERS_CSV), 'users.csv');
        const input = readDevicesCsv(new TextEncoder().encode(csvOf(rows)), { label: 'random.csv', users });
        const fleet = evaluateFleet(input, template);
        expect(input.rowCount).toBe(rows.length);
        rows.forEach((r, index) => {
          const direct = toClassVerdict(evaluate(scenarioOfRow(r, template)));
          expect(fleet.verdicts[input.classOf[index]], `row ${index}`).toEqual(direct);
          // The scenario the simulator opens for the row gives the same verdict too.
          expect(toClassVerdict(evaluate(rowScenario(input, index, template)))).toEqual(direct);
        });
        // Counts add up to the rows, class by class.
        expect(input.classes.reduce((sum, entry) => sum + entry.count, 0)).toBe(rows.length);
        expect(Object.values(fleet.summary.byOutcome).reduce((a, b) => a + b, 0)).toBe(rows.length);
      }),
      { numRuns: 60 },
    );
  });

  it('rows that agree on every read fact share a class; names and users alone do not split them', () => {
    const rows: Row[] = Array.from({ length: 50 }, (_, index) => ({
      version: '10.0.22631.4460',
      sku: 'Enterprise',
      join: 'Azure AD joined',
      managed: 'Intune',
      upn: index % 2 ? '' : 'nobody@contoso.com',
    }));
    const input = readDevicesCsv(new TextEncoder().encode(csvOf(rows)), { label: 'same.csv' });
    expect(input.classes).toHaveLength(1);
    expect(input.classes[0].count).toBe(50);
    expect(DEFAULT_FLEET_TEMPLATE.user.newPassword).toBeNull();
  });
});
