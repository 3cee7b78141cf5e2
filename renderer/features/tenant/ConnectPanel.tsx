// Sign-in to the tenant (desktop only): the admin's own app registration, tenant and cloud, then the system
// browser. Tokens never come here; only the account name does.
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
    run('Signing in — finish in your browser…', async () => {
      await tenantApi.call('tenant:configure', draft);
      setStatus(await tenantApi.call('tenant:signIn', undefined));
    });
  const signOut = () => run('Signing out…', async () => setStatus(await tenantApi.call('tenant:signOut', undefined)));

  return (
    <Section
      title="Connect to a tenant"
      description="Sign in once with read-only permissions; from then on the app works offline from the saved snapshot."
      testId="tenant-connect"
    >
      <div className={styles.grid}>
        <Field label="Application (client) ID" hint="Your public-client app registration (see the README).">
          <Input value={draft.clientId} onChange={(_, data) => setDraft({ ...draft, clientId: data.value.trim() })} />
        </Field>
        <Field label="Tenant" hint="Tenant ID or domain; 'organizations' to pick at sign-in.">
          <Input value={draft.tenant} onChange={(_, data) => setDraft({ ...draft, tenant: data.value.trim() })} />
        </Field>
        <Field label="Cloud">
          <Select value={draft.cloud} onChange={(_, data) => setDraft({ ...draft, cloud: data.value as TenantCloud })}>
            <option value="global">Global (login.microsoftonline.com)</option>
            <option value="usGovernment">US Government (login.microsoftonline.us)</option>
          </Select>
        </Field>
      </div>
      {status && !status.cachePersistent && (
        <MessageBar intent="warning">
          <MessageBarBody>
            This system offers no encryption for the sign-in cache: you will sign in again each time.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {status?.signedIn ? (
          <>
            <Caption1 className={styles.account} data-testid="tenant-account">
              Signed in as {status.account?.username} ({status.account?.tenantId})
            </Caption1>
            <Button onClick={signOut} disabled={busy !== null}>
              Sign out
            </Button>
          </>
        ) : (
          <Button appearance="primary" onClick={signIn} disabled={busy !== null || !draft.clientId}>
            Sign in
          </Button>
        )}
      </div>
    </Section>
  );
}
