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
  const styles = useStyles();
  const base = `policies.passwordReset[${index}]`;
  const source = useFieldValue<PasswordResetSource>(base);
  const report = useVerdict().policy.sources.find((entry) => entry.index === index);
  if (!source) return null; // removed while this card was still subscribed
  const issues = passwordResetSourceIssues(source);
  const setKind = (kind: PasswordResetSource['kind']) => {
    if (kind === source.kind) return;
    const assignment = source.kind === 'registry' ? undefined : source.assignment;
    editField(base, passwordResetTemplate(kind, assignment), `Source ${index + 1}: ${PASSWORD_RESET_KINDS[kind]}`);
  };
  return (
    <Card className={styles.card} data-testid={`password-source-${index}`}>
      <CardHeader
        header={<Text weight="semibold">{source.name}</Text>}
        description={PASSWORD_RESET_KINDS[source.kind]}
        action={
          <Button
            aria-label={`Remove ${source.name}`}
            icon={<Delete20Regular />}
            appearance="subtle"
            onClick={onRemove}
          />
        }
      />
      <SourceStatus report={report} issues={issues} testId={`password-source-${index}-status`} />
      <FieldRow path={`${base}.kind`} label="Source" help="Where the device gets AllowAadPasswordReset from.">
        <Dropdown
          aria-label="Source kind"
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
      <TextField path={`${base}.name`} label="Name" />
      {source.kind === 'omaUri' && (
        <>
          <TextField
            path={`${base}.omaUri`}
            label="OMA-URI"
            help={`Device scope: ${ACCEPTED_PASSWORD_RESET_URIS[0]}`}
            rules={['R-POLICY-SRC', 'R-POLICY-TYPE']}
            validate={(text) => (text.trim() ? null : 'Enter an OMA-URI.')}
          />
          <ChoiceField
            path={`${base}.dataType`}
            label="Data type"
            rules={['R-POLICY-TYPE']}
            allowUnknown={false}
            layout="dropdown"
            options={OMA_DATA_TYPES.map((value) => ({ value, label: value }))}
          />
          <FieldRow
            path={`${base}.value`}
            label="Value"
            help="1 = Allowed, 0 = Not allowed (default)."
            rules={['R-POLICY-TYPE']}
          >
            <CommitInput
              className={styles.value}
              aria-label="OMA-URI value"
              value={String(source.value)}
              onCommit={(text) => editField(`${base}.value`, parseOmaValue(text), `Source ${index + 1} value: ${text}`)}
            />
          </FieldRow>
        </>
      )}
      {source.kind === 'settingsCatalog' && (
        <ChoiceField
          path={`${base}.value`}
          label="Authentication › Allow Aad Password Reset"
          rules={['R-POLICY-SRC']}
          allowUnknown={false}
          options={[
            { value: 1, label: 'Allow' },
            { value: 0, label: 'Block' },
          ]}
        />
      )}
      {source.kind === 'registry' && (
        <>
          <TextField path={`${base}.key`} label="Key" rules={['R-POLICY-SRC']} />
          <TextField path={`${base}.valueName`} label="Value name" rules={['R-POLICY-SRC']} />
          <ChoiceField
            path={`${base}.valueType`}
            label="Type"
            allowUnknown={false}
            options={REGISTRY_TYPES.map((value) => ({ value, label: value }))}
          />
          <FieldRow path={`${base}.value`} label="Data">
            <CommitInput
              className={styles.value}
              aria-label="Registry data"
              value={String(source.value)}
              onCommit={(text) =>
                editField(
                  `${base}.value`,
                  /^\d+$/.test(text.trim()) ? Number(text.trim()) : text,
                  `Source ${index + 1} data: ${text}`,
                )
              }
            />
          </FieldRow>
        </>
      )}
      {source.kind !== 'registry' && <AssignmentEditor basePath={`${base}.assignment`} title={`Source ${index + 1}`} />}
    </Card>
  );
}
