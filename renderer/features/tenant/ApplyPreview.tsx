// "Enable the Reset password link" for a device group: the exact Graph requests (or the policy that already does
// it), exported as JSON or a Graph PowerShell script; on the desktop, written after a confirmation.
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  exportPlanJson,
  exportPlanPowerShell,
  planApply,
  type ApplyInput,
  type ApplyResult,
} from '../../../simulator/import/index';
import { downloadText } from '../../platform/browser-download';
import { Section } from '../../ui/fields/Section';
import { ApplyConfirmDialog } from './ApplyConfirmDialog';
import { actionText, applyOutcomeText } from './apply-words';
import { errorText, tenantApi } from './tenant-api';
import { useTenantStore, type OpenSnapshot } from './tenant-store';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  request: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalS },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  body: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    maxHeight: '200px',
    overflow: 'auto',
    margin: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  nameInput: { minWidth: '340px' },
});

const DEFAULT_NAME = 'SSPR - Reset password at Windows sign-in';
const GUID = /^[0-9a-fA-F-]{36}$/;

export function ApplyPreview({ open }: { open: OpenSnapshot }) {
  const styles = useStyles();
  const { snapshot } = open;
  const selectedPair = useTenantStore((state) => state.selectedPair);
  const status = useTenantStore((state) => state.status);
  const { t } = useTranslation();
  const [targetKind, setTargetKind] = useState<'existingGroup' | 'newGroup'>(
    snapshot.groups.length ? 'existingGroup' : 'newGroup',
  );
  const [groupId, setGroupId] = useState(snapshot.groups[0]?.id ?? '');
  const [newGroupName, setNewGroupName] = useState('SSPR - Reset password devices');
  const [policyKind, setPolicyKind] = useState<ApplyInput['policyKind']>('customProfile');
  const [policyName, setPolicyName] = useState(DEFAULT_NAME);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ApplyResult | null>(null);

  const chosenDevice =
    selectedPair?.deviceObjectId && GUID.test(selectedPair.deviceObjectId) ? selectedPair.deviceObjectId : null;
  const input: ApplyInput = useMemo(
    () => ({
      target:
        targetKind === 'existingGroup'
          ? {
              kind: 'existingGroup',
              groupId,
              groupName: snapshot.groups.find((group) => group.id === groupId)?.displayName ?? groupId,
            }
          : {
              kind: 'newGroup',
              groupName: newGroupName.trim() || 'SSPR devices',
              deviceObjectIds: chosenDevice ? [chosenDevice] : [],
            },
      policyKind,
      policyName: policyName.trim() || DEFAULT_NAME,
    }),
    [targetKind, groupId, newGroupName, chosenDevice, policyKind, policyName, snapshot.groups],
  );
  const plan = useMemo(() => planApply(snapshot, input), [snapshot, input]);
  const canWrite =
    tenantApi.isDesktop() &&
    open.origin === 'saved' &&
    status?.signedIn === true &&
    status.account?.tenantId === snapshot.tenant.id;

  const write = async () => {
    setConfirming(false);
    setResult(null);
    try {
      setResult(
        await tenantApi.call('tenant:apply', { snapshotId: snapshot.id, input, fingerprint: plan.fingerprint }),
      );
    } catch (error) {
      setResult({ status: 'failed', message: errorText(error), results: [] });
    }
  };
  const fileBase = `sspr-enable-${snapshot.tenant.displayName.replace(/[^\w-]+/g, '-')}`;

  return (
    <Section
      title={t('tenantImport.apply.title')}
      description={t('tenantImport.apply.description')}
      testId="tenant-apply"
    >
      <div className={styles.row}>
        <RadioGroup
          layout="horizontal"
          value={targetKind}
          onChange={(_, data) => setTargetKind(data.value as typeof targetKind)}
        >
          <Radio
            value="existingGroup"
            label={t('tenantImport.apply.existingGroup')}
            disabled={snapshot.groups.length === 0}
          />
          <Radio value="newGroup" label={t('tenantImport.apply.newGroup')} />
        </RadioGroup>
        {targetKind === 'existingGroup' ? (
          <Field label={t('tenantImport.apply.group')}>
            <Select value={groupId} onChange={(_, data) => setGroupId(data.value)} data-testid="tenant-apply-group">
              {snapshot.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {t('tenantImport.apply.groupOption', { name: group.displayName, count: group.deviceIds.length })}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field
            label={t('tenantImport.apply.groupName')}
            hint={chosenDevice ? t('tenantImport.apply.deviceAdded') : t('tenantImport.apply.selectPair')}
          >
            <Input value={newGroupName} onChange={(_, data) => setNewGroupName(data.value)} />
          </Field>
        )}
        <RadioGroup
          layout="horizontal"
          value={policyKind}
          onChange={(_, data) => setPolicyKind(data.value as ApplyInput['policyKind'])}
        >
          <Radio value="customProfile" label={t('tenantImport.apply.customProfile')} />
          <Radio value="settingsCatalog" label={t('tenantImport.apply.settingsCatalog')} />
        </RadioGroup>
        <Field label={t('tenantImport.apply.profileName')}>
          <Input className={styles.nameInput} value={policyName} onChange={(_, data) => setPolicyName(data.value)} />
        </Field>
      </div>

      {plan.equivalent ? (
        <MessageBar intent="success">
          <MessageBarBody data-testid="tenant-apply-equivalent">
            {t(
              plan.equivalent.via === 'group'
                ? 'tenantImport.apply.equivalentGroup'
                : 'tenantImport.apply.equivalentAll',
              {
                name: plan.equivalent.policyName,
              },
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div data-testid="tenant-apply-requests">
          <Body1>
            {t('tenantImport.apply.requests', { count: plan.requests.length, scopes: plan.scopes.join(', ') })}
          </Body1>
          {plan.requests.map((request) => (
            <div key={request.id} className={styles.request} data-testid="tenant-apply-request">
              <Body1>{actionText(t, request)}</Body1>
              <div className={styles.url}>
                {request.method} {request.url}
              </div>
              <pre className={styles.body}>{JSON.stringify(request.body, null, 2)}</pre>
            </div>
          ))}
        </div>
      )}

      <div className={styles.actions}>
        <Button onClick={() => downloadText(exportPlanJson(plan), `${fileBase}.json`, 'application/json')}>
          {t('tenantImport.apply.exportJson')}
        </Button>
        <Button onClick={() => downloadText(exportPlanPowerShell(plan), `${fileBase}.ps1`, 'text/plain')}>
          {t('tenantImport.apply.exportPowerShell')}
        </Button>
        {tenantApi.isDesktop() && (
          <Button
            appearance="primary"
            disabled={!canWrite || plan.requests.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('tenantImport.apply.apply')}
          </Button>
        )}
      </div>
      {tenantApi.isDesktop() && !canWrite && plan.requests.length > 0 && (
        <Body1>{t('tenantImport.apply.signInFirst', { tenant: snapshot.tenant.displayName })}</Body1>
      )}
      {result && (
        <MessageBar intent={result.status === 'applied' || result.status === 'nothingToDo' ? 'success' : 'error'}>
          <MessageBarBody data-testid="tenant-apply-result">
            {applyOutcomeText(t, result)}
            {result.results.map((step) => (
              <div key={step.id}>
                {t(`tenantImport.apply.step.${step.status}`)}: {actionText(t, step)}
                {step.createdId ? t('tenantImport.apply.createdId', { id: step.createdId }) : ''}
                {step.error ? ` — ${step.error}` : ''}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <ApplyConfirmDialog
        plan={plan}
        tenantName={snapshot.tenant.displayName}
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={write}
      />
    </Section>
  );
}
