// Sign-in to the tenant (desktop only): the admin's own app registration, tenant and cloud, then the system
// browser. Tokens never come here; only the account name does.
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TenantCloud, TenantConnectionSettings } from '../../../simulator/import/index';
import { Section } from '../../ui/fields/Section';
import { errorText, tenantApi } from './tenant-api';
import { useTenantStore } from './tenant-store';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalM },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    marginTop: tokens.spacingVerticalM,
  },
  account: { color: tokens.colorNeutralForeground2 },
});

export function ConnectPanel() {
  const { t } = useTranslation();
  const styles = useStyles();
  const status = useTenantStore((state) => state.status);
  const busy = useTenantStore((state) => state.busy);
  const { setStatus, setBusy, setError } = useTenantStore.getState();
  const [draft, setDraft] = useState<TenantConnectionSettings>({
    clientId: '',
    tenant: 'organizations',
    cloud: 'global',
  });

  useEffect(() => {
    if (status) setDraft(status.settings);
  }, [status]);

  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (error) {
      setError(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const signIn = () =>
    run(t('tenantImport.connect.signingIn'), async () => {
      await tenantApi.call('tenant:configure', draft);
      setStatus(await tenantApi.call('tenant:signIn', undefined));
    });
  const signOut = () =>
    run(t('tenantImport.connect.signingOut'), async () => setStatus(await tenantApi.call('tenant:signOut', undefined)));

  return (
    <Section
      title={t('tenantImport.connect.title')}
      description={t('tenantImport.connect.description')}
      testId="tenant-connect"
    >
      <div className={styles.grid}>
        <Field label={t('tenantImport.connect.clientId')} hint={t('tenantImport.connect.clientIdHint')}>
          <Input value={draft.clientId} onChange={(_, data) => setDraft({ ...draft, clientId: data.value.trim() })} />
        </Field>
        <Field label={t('tenantImport.connect.tenant')} hint={t('tenantImport.connect.tenantHint')}>
          <Input value={draft.tenant} onChange={(_, data) => setDraft({ ...draft, tenant: data.value.trim() })} />
        </Field>
        <Field label={t('tenantImport.connect.cloud')}>
          <Select value={draft.cloud} onChange={(_, data) => setDraft({ ...draft, cloud: data.value as TenantCloud })}>
            <option value="global">{t('tenantImport.connect.global')}</option>
            <option value="usGovernment">{t('tenantImport.connect.usGovernment')}</option>
          </Select>
        </Field>
      </div>
      {status && !status.cachePersistent && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('tenantImport.connect.noEncryption')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {status?.signedIn ? (
          <>
            <Caption1 className={styles.account} data-testid="tenant-account">
              {t('tenantImport.connect.signedInAs', {
                username: status.account?.username ?? '',
                tenantId: status.account?.tenantId ?? '',
              })}
            </Caption1>
            <Button onClick={signOut} disabled={busy !== null}>
              {t('tenantImport.connect.signOut')}
            </Button>
          </>
        ) : (
          <Button appearance="primary" onClick={signIn} disabled={busy !== null || !draft.clientId}>
            {t('tenantImport.connect.signIn')}
          </Button>
        )}
      </div>
    </Section>
  );
}
