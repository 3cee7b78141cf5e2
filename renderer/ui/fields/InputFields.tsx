// Free-form inputs (numbers, text) that commit on Enter or when focus leaves, so one edit is one undo step.
import { useEffect, useId, useState } from 'react';
import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { UNKNOWN } from '../../../simulator/index';
import { FieldRow, type FieldRowProps } from './FieldRow';
import { UnknownToggle } from './UnknownToggle';
import { useTranslation } from 'react-i18next';
import { useField } from './useField';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  input: { width: '180px' },
  wide: { flexGrow: 1, minWidth: '220px' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface DraftOptions<T> {
  path: string;
  label: string;
  parse(text: string): { ok: true; value: T } | { ok: false; error: string };
  format(value: T): string;
}

function useDraft<T>({ path, label, parse, format }: DraftOptions<T>) {
  const [value, setValue] = useField<T | typeof UNKNOWN>(path, label);
  const shown = value === UNKNOWN ? '' : format(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setError(null);
  }, [shown]);
  const commit = () => {
    if (value === UNKNOWN || draft === shown) return;
    const parsed = parse(draft);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setValue(parsed.value, format(parsed.value) || '(empty)');
  };
  return { value, setValue, draft, setDraft, error, commit };
}

export interface NumberFieldProps extends Omit<FieldRowProps, 'children' | 'controlId'> {
  min?: number;
  max?: number;
  integer?: boolean;
  allowUnknown?: boolean;
  unit?: string;
}

export function NumberField({ min = 0, max, integer = true, allowUnknown = true, unit, ...row }: NumberFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const id = useId();
  const draft = useDraft<number>({
    path: row.path,
    label: row.label,
    format: (value) => String(value),
    parse(text) {
      const number = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(number)) return { ok: false, error: t('fields.error.number') };
      if (integer && !Number.isInteger(number)) return { ok: false, error: t('fields.error.wholeNumber') };
      if (number < min) return { ok: false, error: t('fields.error.atLeast', { min }) };
      if (max !== undefined && number > max) return { ok: false, error: t('fields.error.atMost', { max }) };
      return { ok: true, value: number };
    },
  });
  return (
    <FieldRow {...row} controlId={id}>
      <div className={styles.line}>
        <Input
          id={id}
          className={styles.input}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft.draft}
          disabled={draft.value === UNKNOWN}
          placeholder={draft.value === UNKNOWN ? t('fields.unknown') : undefined}
          contentAfter={unit}
          onChange={(_, data) => draft.setDraft(data.value)}
          onBlur={draft.commit}
          onKeyDown={(event) => event.key === 'Enter' && draft.commit()}
          aria-invalid={draft.error ? true : undefined}
        />
        {allowUnknown && (
          <UnknownToggle
            path={row.path}
            value={draft.value}
            fallback={min}
            onChange={(v, l) => draft.setValue(v as number, l)}
          />
        )}
      </div>
      {draft.error && <span className={styles.error}>{draft.error}</span>}
    </FieldRow>
  );
}

export interface TextFieldProps extends Omit<FieldRowProps, 'children' | 'controlId'> {
  allowUnknown?: boolean;
  /** Empty text is stored as null (e.g. "no group selected"). */
  emptyIsNull?: boolean;
  placeholder?: string;
  validate?(text: string): string | null;
}

export function TextField({
  allowUnknown = false,
  emptyIsNull = false,
  placeholder,
  validate,
  ...row
}: TextFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const id = useId();
  const draft = useDraft<string | null>({
    path: row.path,
    label: row.label,
    format: (value) => value ?? '',
    parse(text) {
      const problem = validate?.(text);
      if (problem) return { ok: false, error: problem };
      return { ok: true, value: emptyIsNull && text.trim() === '' ? null : text };
    },
  });
  return (
    <FieldRow {...row} controlId={id}>
      <div className={styles.line}>
        <Input
          id={id}
          className={styles.wide}
          value={draft.draft}
          disabled={draft.value === UNKNOWN}
          placeholder={draft.value === UNKNOWN ? t('fields.unknown') : placeholder}
          onChange={(_, data) => draft.setDraft(data.value)}
          onBlur={draft.commit}
          onKeyDown={(event) => event.key === 'Enter' && draft.commit()}
          aria-invalid={draft.error ? true : undefined}
        />
        {allowUnknown && (
          <UnknownToggle
            path={row.path}
            value={draft.value}
            fallback={emptyIsNull ? null : ''}
            onChange={(v, l) => draft.setValue(v as string | null, l)}
          />
        )}
      </div>
      {draft.error && <span className={styles.error}>{draft.error}</span>}
    </FieldRow>
  );
}
