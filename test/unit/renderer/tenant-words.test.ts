// The tenant page words what main and the apply plan report as data (request actions, apply outcomes, import
// failures, refused snapshots) in English and Dutch; only Graph's own text and names stay as they were written.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { actionText, applyOutcomeText } from '../../../renderer/features/tenant/apply-words';
import { snapshotProblemText } from '../../../renderer/features/tenant/snapshot-problem';
import { i18n } from '../../../renderer/i18n/index';
import {
  parseSnapshotJson,
  planApply,
  type ApplyOutcomeCode,
  type ImportFailureKind,
} from '../../../simulator/import/index';

const sample = parseSnapshotJson(
  readFileSync(new URL('../../../renderer/assets/sample-tenant/contoso-sample-tenant.json', import.meta.url), 'utf8'),
);
if (!sample.ok) throw new Error(sample.error);
const device = sample.snapshot.devices[0].id;

afterEach(() => void i18n().changeLanguage('en-US'));

const plans = (['customProfile', 'settingsCatalog'] as const).map((policyKind) =>
  planApply(sample.snapshot, {
    target: { kind: 'newGroup', groupName: 'SSPR pilot', deviceObjectIds: [device] },
    policyKind,
    policyName: 'Reset at sign-in',
  }),
);

describe('apply plan requests', () => {
  it('the English wording from the action equals the plan title, in both policy kinds', async () => {
    await i18n().changeLanguage('en-US');
    const requests = plans.flatMap((plan) => plan.requests);
    expect(new Set(requests.map((request) => request.action.kind)).size).toBe(6);
    for (const request of requests) expect(actionText(i18n().t, request)).toBe(request.title);
  });

  it('in Dutch every request is worded in Dutch and keeps the names as typed', async () => {
    await i18n().changeLanguage('nl-NL');
    const texts = plans.flatMap((plan) => plan.requests.map((request) => actionText(i18n().t, request)));
    expect(texts).toContain('De beveiligingsgroep "SSPR pilot" maken');
    expect(texts).toContain(`Apparaat ${device} aan de groep toevoegen`);
    expect(texts.some((text) => text.startsWith('Het aangepaste profiel "Reset at sign-in" maken'))).toBe(true);
    expect(texts).toContain('Het beleid toewijzen aan "SSPR pilot"');
    for (const text of texts) expect(text).not.toMatch(/tenantImport\.|\{\{/);
  });

  it('a request without an action keeps its English title', () => {
    expect(actionText(i18n().t, { title: 'Create something' })).toBe('Create something');
  });
});

describe('apply outcomes and import failures', () => {
  const codes: ApplyOutcomeCode[] = [
    'snapshotUnreadable',
    'planChanged',
    'alreadyEnabled',
    'otherTenant',
    'requestFailed',
    'applied',
  ];
  const kinds: ImportFailureKind[] = [
    'permission',
    'signIn',
    'throttled',
    'unavailable',
    'connection',
    'malformed',
    'snapshot',
    'other',
  ];

  it.each(['en-US', 'nl-NL'])('every outcome and failure kind has its own sentence in %s', async (language) => {
    await i18n().changeLanguage(language);
    const outcomes = codes.map((code) =>
      applyOutcomeText(i18n().t, {
        status: 'refused',
        message: 'x',
        code,
        params: { policy: 'P1', tenant: 't-1', detail: 'd' },
        results: [],
      }),
    );
    const failures = kinds.map((kind) =>
      i18n().t(`tenantImport.import.failure.${kind}`, {
        endpoint: 'GET /v1.0/x',
        status: 503,
        permission: 'Device.Read.All',
        detail: 'd',
      }),
    );
    for (const text of [...outcomes, ...failures]) expect(text).not.toMatch(/tenantImport\.|\{\{/);
    expect(new Set(outcomes).size).toBe(codes.length);
    expect(new Set(failures).size).toBe(kinds.length);
    if (language === 'nl-NL') expect(outcomes[3]).toContain('andere tenant (t-1)');
  });
});

describe('refused snapshots', () => {
  it('say why in Dutch and keep the technical detail as found', async () => {
    await i18n().changeLanguage('nl-NL');
    const notJson = parseSnapshotJson('{ nope');
    if (notJson.ok) throw new Error('parsed');
    expect(notJson.problem).toBe('notJson');
    expect(snapshotProblemText(notJson)).toMatch(/^Dit is geen JSON-bestand \(.+\)\.$/);
    const other = parseSnapshotJson('{"format":"something else"}');
    if (other.ok) throw new Error('parsed');
    expect(snapshotProblemText(other)).toContain('geen tenantmomentopname');
    const damaged = parseSnapshotJson(JSON.stringify({ ...sample.snapshot, status: 'partial' }));
    if (damaged.ok) throw new Error('parsed');
    expect(damaged.problem).toBe('damaged');
    expect(snapshotProblemText(damaged)).toMatch(/^De momentopname is beschadigd of onvolledig: status/);
  });
});

describe('sign-in errors from main', () => {
  it('are worded in Dutch from their code, and an uncoded error keeps its own text', async () => {
    const { SignInRequiredError } = await import('../../../main/tenant/auth-service');
    const { errorText } = await import('../../../renderer/features/tenant/tenant-api');
    await i18n().changeLanguage('nl-NL');
    // As Electron hands a rejected handler to the page.
    const viaIpc = (error: Error) => new Error(`Error invoking remote method 'tenant:signIn': Error: ${error.message}`);
    expect(errorText(viaIpc(new SignInRequiredError('The sign-in expired. Sign in again.', 'signIn.expired')))).toBe(
      'De aanmelding is verlopen. Meld u opnieuw aan.',
    );
    expect(
      errorText(viaIpc(new SignInRequiredError('…within 5 minutes…', 'signIn.timeout', { minutes: '5' }))),
    ).toContain('binnen 5 minuten');
    expect(errorText(viaIpc(new Error('Could not reach login.microsoftonline.com')))).toBe(
      'Could not reach login.microsoftonline.com',
    );
    await i18n().changeLanguage('en-US');
    expect(errorText(viaIpc(new SignInRequiredError()))).toBe('Sign in to the tenant first.');
  });
});
