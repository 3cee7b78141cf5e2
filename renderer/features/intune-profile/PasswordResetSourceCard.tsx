// One AllowAadPasswordReset source as the Intune wizard asks for it: custom OMA-URI, settings catalog or registry.
import { Button, Card, CardHeader, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { OMA_DATA_TYPES, REGISTRY_TYPES, type PasswordResetSource } from '../../../simulator/index';
import { ChoiceField, CommitInput, FieldRow, TextField, editField, useFieldValue } from '../../ui/fields';
import { useVerdict } from '../../store/verdict';
import { AssignmentEditor } from './AssignmentEditor';
import { SourceStatus } from './SourceStatus';
import { PASSWORD_RESET_KINDS, passwordResetTemplate } from './templates';
import { passwordResetSourceIssues, ACCEPTED_PASSWORD_RESET_URIS } from './validate';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalL },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  value: { width: '160px' },
});

/** Integer-looking text becomes a number, true/false a boolean; anything else stays text (and is flagged). */
export function parseOmaValue(text: string): number | string | boolean {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return trimmed;
}

export function PasswordResetSourceCard({ index, onRemove }: { index: number; onRemove(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const base = `policies.passwordReset[${index}]`;
  const source = useFieldValue<PasswordResetSource>(base);
  const report = useVerdict().policy.sources.find((entry) => entry.index === index);
  if (!source) return null; // removed while this card was still subscribed
  const issues = passwordResetSourceIssues(source);
  const setKind = (kind: PasswordResetSource['kind']) => {
    if (kind === source.kind) return;
    const assignment = source.kind === 'registry' ? undefined : source.assignment;
    editField(
      base,
      passwordResetTemplate(kind, assignment),
      `${t('intuneProfile.sourceNumber', { number: index + 1 })}: ${PASSWORD_RESET_KINDS[kind]}`,
    );
  };
  return (
    <Card className={styles.card} data-testid={`password-source-${index}`}>
      <CardHeader
        header={<Text weight="semibold">{source.name}</Text>}
        description={PASSWORD_RESET_KINDS[source.kind]}
        action={
          <Button
            aria-label={t('intuneProfile.removeNamed', { name: source.name })}
            icon={<Delete20Regular />}
            appearance="subtle"
            onClick={onRemove}
          />
        }
      />
      <SourceStatus report={report} issues={issues} testId={`password-source-${index}-status`} />
      <FieldRow path={`${base}.kind`} label={t('intuneProfile.source')} help={t('intuneProfile.whereTheDeviceGets')}>
        <Dropdown
          aria-label={t('intuneProfile.sourceKind')}
          value={PASSWORD_RESET_KINDS[source.kind]}
          selectedOptions={[source.kind]}
          onOptionSelect={(_, data) => data.optionValue && setKind(data.optionValue as PasswordResetSource['kind'])}
        >
          {(Object.keys(PASSWORD_RESET_KINDS) as PasswordResetSource['kind'][]).map((kind) => (
            <Option key={kind} value={kind}>
              {PASSWORD_RESET_KINDS[kind]}
            </Option>
          ))}
        </Dropdown>
      </FieldRow>
      <TextField path={`${base}.name`} label={t('intuneProfile.name')} />
      {source.kind === 'omaUri' && (
        <>
          <TextField
            path={`${base}.omaUri`}
            label="OMA-URI"
            help={t('intuneProfile.deviceScope', { uri: ACCEPTED_PASSWORD_RESET_URIS[0] })}
            rules={['R-POLICY-SRC', 'R-POLICY-TYPE']}
            validate={(text) => (text.trim() ? null : t('intuneProfile.enterOmaUri'))}
          />
          <ChoiceField
            path={`${base}.dataType`}
            label={t('intuneProfile.dataType')}
            rules={['R-POLICY-TYPE']}
            allowUnknown={false}
            layout="dropdown"
            options={OMA_DATA_TYPES.map((value) => ({ value, label: value }))}
          />
          <FieldRow
            path={`${base}.value`}
            label={t('intuneProfile.value')}
            help={t('intuneProfile.n1Allowed0Not')}
            rules={['R-POLICY-TYPE']}
          >
            <CommitInput
              className={styles.value}
              aria-label={t('intuneProfile.omaUriValue')}
              value={String(source.value)}
              onCommit={(text) => editField(`${base}.value`, parseOmaValue(text), `Source ${index + 1} value: ${text}`)}
            />
          </FieldRow>
        </>
      )}
      {source.kind === 'settingsCatalog' && (
        <ChoiceField
          path={`${base}.value`}
          label={t('intuneProfile.authenticationAllowAadPassword')}
          rules={['R-POLICY-SRC']}
          allowUnknown={false}
          options={[
            { value: 1, label: t('intuneProfile.allow') },
            { value: 0, label: t('intuneProfile.block') },
          ]}
        />
      )}
      {source.kind === 'registry' && (
        <>
          <TextField path={`${base}.key`} label={t('intuneProfile.key')} rules={['R-POLICY-SRC']} />
          <TextField path={`${base}.valueName`} label={t('intuneProfile.valueName')} rules={['R-POLICY-SRC']} />
          <ChoiceField
            path={`${base}.valueType`}
            label={t('intuneProfile.type')}
            allowUnknown={false}
            options={REGISTRY_TYPES.map((value) => ({ value, label: value }))}
          />
          <FieldRow path={`${base}.value`} label={t('intuneProfile.data')}>
            <CommitInput
              className={styles.value}
              aria-label={t('intuneProfile.registryData')}
              value={String(source.value)}
              onCommit={(text) =>
                editField(
                  `${base}.value`,
                  /^\d+$/.test(text.trim()) ? Number(text.trim()) : text,
                  `${t('intuneProfile.sourceNumber', { number: index + 1 })} · ${t('intuneProfile.data')}: ${text}`,
                )
              }
            />
          </FieldRow>
        </>
      )}
      {source.kind !== 'registry' && (
        <AssignmentEditor
          basePath={`${base}.assignment`}
          title={t('intuneProfile.sourceNumber', { number: index + 1 })}
        />
      )}
    </Card>
  );
}
