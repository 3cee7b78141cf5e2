// One EnablePinRecovery source (P-POLICY-SRC): settings catalog, account protection, custom OMA-URI or GPO.
import { Button, Card, CardHeader, Dropdown, Option, Text } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { OMA_DATA_TYPES, type PinRecoverySource } from '../../../simulator/index';
import { BoolField, ChoiceField, CommitInput, FieldRow, TextField, editField, useFieldValue } from '../../ui/fields';
import { useVerdict } from '../../store/verdict';
import { AssignmentEditor } from './AssignmentEditor';
import { parseOmaValue } from './PasswordResetSourceCard';
import { SourceStatus } from './SourceStatus';
import { PIN_RECOVERY_KINDS, pinRecoveryTemplate } from './templates';
import { pinRecoverySourceIssues } from './validate';
import { useTranslation } from 'react-i18next';

export function PinRecoverySourceCard({ index, onRemove }: { index: number; onRemove(): void }) {
  const { t } = useTranslation();
  const base = `policies.pinRecovery[${index}]`;
  const source = useFieldValue<PinRecoverySource>(base);
  const report = useVerdict().pin.sources.find((entry) => entry.index === index);
  if (!source) return null;
  const setKind = (kind: PinRecoverySource['kind']) => {
    if (kind === source.kind) return;
    const assignment = source.kind === 'gpo' ? undefined : source.assignment;
    editField(
      base,
      pinRecoveryTemplate(kind, assignment),
      `${t('intuneProfile.pinSourceNumber', { number: index + 1 })}: ${PIN_RECOVERY_KINDS[kind]}`,
    );
  };
  return (
    <Card style={{ marginBottom: 16 }} data-testid={`pin-source-${index}`}>
      <CardHeader
        header={<Text weight="semibold">{source.name}</Text>}
        description={PIN_RECOVERY_KINDS[source.kind]}
        action={
          <Button
            aria-label={t('intuneProfile.removeNamed', { name: source.name })}
            icon={<Delete20Regular />}
            appearance="subtle"
            onClick={onRemove}
          />
        }
      />
      <SourceStatus report={report} issues={pinRecoverySourceIssues(source)} testId={`pin-source-${index}-status`} />
      <FieldRow path={`${base}.kind`} label={t('intuneProfile.source')}>
        <Dropdown
          aria-label={t('intuneProfile.pinRecoverySourceKind')}
          value={PIN_RECOVERY_KINDS[source.kind]}
          selectedOptions={[source.kind]}
          onOptionSelect={(_, data) => data.optionValue && setKind(data.optionValue as PinRecoverySource['kind'])}
        >
          {(Object.keys(PIN_RECOVERY_KINDS) as PinRecoverySource['kind'][]).map((kind) => (
            <Option key={kind} value={kind}>
              {PIN_RECOVERY_KINDS[kind]}
            </Option>
          ))}
        </Dropdown>
      </FieldRow>
      {(source.kind === 'settingsCatalog' || source.kind === 'accountProtection') && (
        <BoolField
          path={`${base}.value`}
          label={t('intuneProfile.enablePinRecovery')}
          rules={['P-POLICY-SRC']}
          allowUnknown={false}
          yes={t('fields.true')}
          no={t('fields.false')}
        />
      )}
      {source.kind === 'omaUri' && (
        <>
          <TextField path={`${base}.omaUri`} label="OMA-URI" rules={['P-POLICY-SRC']} />
          <ChoiceField
            path={`${base}.dataType`}
            label={t('intuneProfile.dataType')}
            allowUnknown={false}
            layout="dropdown"
            options={OMA_DATA_TYPES.map((value) => ({ value, label: value }))}
          />
          <FieldRow path={`${base}.value`} label={t('intuneProfile.value')}>
            <CommitInput
              aria-label={t('intuneProfile.enablepinrecoveryValue')}
              value={String(source.value)}
              onCommit={(text) =>
                editField(`${base}.value`, parseOmaValue(text), `PIN source ${index + 1} value: ${text}`)
              }
            />
          </FieldRow>
        </>
      )}
      {source.kind === 'gpo' && (
        <ChoiceField
          path={`${base}.state`}
          label={t('intuneProfile.usePinRecovery')}
          help={t('intuneProfile.computerConfigurationAdministrativeTemplates')}
          allowUnknown={false}
          options={[
            { value: 'Enabled', label: t('intuneProfile.enabled') },
            { value: 'Disabled', label: t('intuneProfile.disabled') },
            { value: 'NotConfigured', label: t('intuneProfile.notConfigured') },
          ]}
        />
      )}
      {source.kind !== 'gpo' && (
        <AssignmentEditor
          basePath={`${base}.assignment`}
          title={t('intuneProfile.pinSourceNumber', { number: index + 1 })}
        />
      )}
    </Card>
  );
}
