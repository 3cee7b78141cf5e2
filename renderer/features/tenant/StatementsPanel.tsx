// What Graph does not expose, asked once per tenant: "Self service password reset enabled" (None / Selected /
// All, and the group) and the number of methods required. Scenarios mark these "stated by admin".
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Button, Caption1, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { TenantStatements } from '../../../simulator/import/index';
import { Section } from '../../ui/fields/Section';
import { useTenantStore } from './tenant-store';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'end', flexWrap: 'wrap' },
  saved: { color: tokens.colorNeutralForeground3 },
});

type Scope = NonNullable<TenantStatements['ssprEnabled']> | 'notStated';

export function StatementsPanel({ tenantId }: { tenantId: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const statements = useTenantStore((state) => state.statements);
  const [scope, setScope] = useState<Scope>('notStated');
  const [group, setGroup] = useState('');
  const [methods, setMethods] = useState<'1' | '2' | 'notStated'>('notStated');

  useEffect(() => {
    setScope(statements?.ssprEnabled ?? 'notStated');
    setGroup(statements?.selectedGroup ?? '');
    setMethods(statements?.methodsRequired ? (String(statements.methodsRequired) as '1' | '2') : 'notStated');
  }, [statements]);

  const save = () =>
    useTenantStore.getState().setStatements({
      tenantId,
      ssprEnabled: scope === 'notStated' ? null : scope,
      selectedGroup: scope === 'Selected' ? group.trim() || null : null,
      methodsRequired: methods === 'notStated' ? null : (Number(methods) as 1 | 2),
      statedAt: new Date().toISOString(),
    });

  return (
    <Section
      title={t('tenantImport.statements.title')}
      description={t('tenantImport.statements.description')}
      testId="tenant-statements"
    >
      <div className={styles.row}>
        <Field label={t('tenantImport.statements.enabled')}>
          <RadioGroup layout="horizontal" value={scope} onChange={(_, data) => setScope(data.value as Scope)}>
            <Radio value="notStated" label={t('tenantImport.statements.notStated')} />
            <Radio value="None" label={t('tenantImport.statements.none')} />
            <Radio value="Selected" label={t('tenantImport.statements.selected')} />
            <Radio value="All" label={t('tenantImport.statements.all')} />
          </RadioGroup>
        </Field>
        {scope === 'Selected' && (
          <Field label={t('tenantImport.statements.group')} required>
            <Input
              value={group}
              onChange={(_, data) => setGroup(data.value)}
              placeholder={t('tenantImport.statements.groupPlaceholder')}
            />
          </Field>
        )}
        <Field label={t('tenantImport.statements.methodsRequired')}>
          <RadioGroup
            layout="horizontal"
            value={methods}
            onChange={(_, data) => setMethods(data.value as '1' | '2' | 'notStated')}
          >
            <Radio value="notStated" label={t('tenantImport.statements.notStated')} />
            <Radio value="1" label="1" />
            <Radio value="2" label="2" />
          </RadioGroup>
        </Field>
        <Button onClick={save} disabled={scope === 'Selected' && !group.trim()} data-testid="tenant-statements-save">
          {t('tenantImport.statements.save')}
        </Button>
      </div>
      {statements && (
        <Caption1 className={styles.saved}>
          {t('tenantImport.statements.stated', { time: new Date(statements.statedAt).toLocaleString() })}.
        </Caption1>
      )}
    </Section>
  );
}
