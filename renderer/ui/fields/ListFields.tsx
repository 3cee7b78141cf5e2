// Array inputs: a set of known values (check boxes) or a free list of names (groups, URLs, domains).
import { useId, useState } from 'react';
import { Button, Checkbox, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss12Regular } from '@fluentui/react-icons/svg/dismiss';
import { UNKNOWN } from '../../../simulator/index';
import { FieldRow, type FieldRowProps } from './FieldRow';
import { UnknownToggle } from './UnknownToggle';
import { useField } from './useField';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { flexGrow: 1, minWidth: '200px' },
  empty: { color: tokens.colorNeutralForeground3 },
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});

export interface MultiChoiceFieldProps<T extends string> extends Omit<FieldRowProps, 'children' | 'controlId'> {
  options: readonly { value: T; label: string }[];
  allowUnknown?: boolean;
}

export function MultiChoiceField<T extends string>({ options, allowUnknown = true, ...row }: MultiChoiceFieldProps<T>) {
  const styles = useStyles();
  const [value, setValue] = useField<T[] | typeof UNKNOWN>(row.path, row.label);
  const selected = value === UNKNOWN ? [] : value;
  const toggle = (item: T, on: boolean) => {
    const next = options.map((option) => option.value).filter((v) => (v === item ? on : selected.includes(v)));
    const label = options.find((option) => option.value === item)?.label ?? item;
    setValue(next, `${on ? '+' : '−'} ${label}`);
  };
  return (
    <FieldRow {...row}>
      <div className={styles.checks} role="group" aria-label={row.label}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={selected.includes(option.value)}
            disabled={value === UNKNOWN}
            onChange={(_, data) => toggle(option.value, data.checked === true)}
          />
        ))}
      </div>
      {allowUnknown && (
        <UnknownToggle path={row.path} value={value} fallback={[]} onChange={(v, l) => setValue(v as T[], l)} />
      )}
    </FieldRow>
  );
}

export interface ListFieldProps extends Omit<FieldRowProps, 'children' | 'controlId'> {
  allowUnknown?: boolean;
  placeholder?: string;
  itemName?: string;
}

export function ListField({ allowUnknown = true, placeholder, itemName, ...row }: ListFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const id = useId();
  const [value, setValue] = useField<string[] | typeof UNKNOWN>(row.path, row.label);
  const [draft, setDraft] = useState('');
  const items = value === UNKNOWN ? [] : value;
  const add = () => {
    const entry = draft.trim();
    if (!entry || items.includes(entry)) return;
    setValue([...items, entry], `+ ${entry}`);
    setDraft('');
  };
  return (
    <FieldRow {...row} controlId={id}>
      {items.length > 0 ? (
        // A plain list of buttons: Fluent's TagGroup adds hidden focus sentinels that screen readers trip over.
        <ul className={styles.tags} aria-label={row.label}>
          {items.map((item) => (
            <li key={item}>
              <Button
                size="small"
                shape="circular"
                icon={<Dismiss12Regular />}
                iconPosition="after"
                aria-label={t('fields.removeItem', { item })}
                onClick={() =>
                  setValue(
                    items.filter((entry) => entry !== item),
                    `− ${item}`,
                  )
                }
              >
                {item}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <span className={styles.empty}>{value === UNKNOWN ? t('fields.unknown') : t('fields.noItems')}</span>
      )}
      <div className={styles.line}>
        <Input
          id={id}
          className={styles.input}
          value={draft}
          disabled={value === UNKNOWN}
          placeholder={placeholder ?? t('fields.addItem', { item: itemName ?? t('fields.item') })}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => event.key === 'Enter' && add()}
        />
        <Button size="small" onClick={add} disabled={value === UNKNOWN || !draft.trim()}>
          {t('fields.add')}
        </Button>
        {allowUnknown && (
          <UnknownToggle path={row.path} value={value} fallback={[]} onChange={(v, l) => setValue(v as string[], l)} />
        )}
      </div>
    </FieldRow>
  );
}
