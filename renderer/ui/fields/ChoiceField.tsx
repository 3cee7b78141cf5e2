// A setting with a few possible values (enums, 0/1 policies, yes/no), each optionally "Unknown".
import { useId } from 'react';
import { Dropdown, Option, Radio, RadioGroup } from '@fluentui/react-components';
import { UNKNOWN } from '../../../simulator/index';
import { FieldRow, type FieldRowProps } from './FieldRow';
import { useField } from './useField';
import { useTranslation } from 'react-i18next';

export interface ChoiceOption<T> {
  value: T;
  label: string;
}

export interface ChoiceFieldProps<T> extends Omit<FieldRowProps, 'children' | 'controlId'> {
  options: readonly ChoiceOption<T>[];
  /** The model accepts "unknown" here (default true). */
  allowUnknown?: boolean;
  /** Radios for short lists, a dropdown for long ones (default: radios up to 4 options). */
  layout?: 'radio' | 'dropdown';
}

const UNKNOWN_KEY = '__unknown__';

export function ChoiceField<T extends string | number | boolean | null>(props: ChoiceFieldProps<T>) {
  const { t } = useTranslation();
  const { options, allowUnknown = true, layout, ...row } = props;
  const id = useId();
  const [value, setValue] = useField<T | typeof UNKNOWN>(row.path, row.label);
  const all: ChoiceOption<T | typeof UNKNOWN>[] = allowUnknown
    ? [...options, { value: UNKNOWN, label: t('fields.unknown') }]
    : [...options];
  const keyOf = (option: ChoiceOption<T | typeof UNKNOWN>, index: number) =>
    option.value === UNKNOWN ? UNKNOWN_KEY : String(index);
  const selectedIndex = all.findIndex((option) => option.value === value);
  const selectedKey = selectedIndex >= 0 ? keyOf(all[selectedIndex], selectedIndex) : '';
  const choose = (key: string | undefined) => {
    const index = all.findIndex((option, i) => keyOf(option, i) === key);
    if (index >= 0) setValue(all[index].value, all[index].label);
  };
  const useDropdown = layout === 'dropdown' || (layout === undefined && all.length > 5);
  // Short lists of short labels sit on one line; anything longer stacks so labels never wrap mid-word.
  const vertical = all.length > 3 || all.some((option) => option.label.length > 16);

  return (
    <FieldRow {...row} controlId={id}>
      {useDropdown ? (
        <Dropdown
          id={id}
          aria-label={row.label}
          value={selectedIndex >= 0 ? all[selectedIndex].label : String(value)}
          selectedOptions={selectedKey ? [selectedKey] : []}
          onOptionSelect={(_, data) => choose(data.optionValue)}
        >
          {all.map((option, index) => (
            <Option key={keyOf(option, index)} value={keyOf(option, index)}>
              {option.label}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <RadioGroup
          id={id}
          aria-label={row.label}
          layout={vertical ? 'vertical' : 'horizontal'}
          value={selectedKey}
          onChange={(_, data) => choose(data.value)}
        >
          {all.map((option, index) => (
            <Radio key={keyOf(option, index)} value={keyOf(option, index)} label={option.label} />
          ))}
        </RadioGroup>
      )}
    </FieldRow>
  );
}

/** A DWORD policy value that is either 0 or 1. */
export function FlagField(props: Omit<ChoiceFieldProps<0 | 1>, 'options'> & { zero?: string; one?: string }) {
  const { zero = '0 · Disabled', one = '1 · Enabled', ...rest } = props;
  return (
    <ChoiceField<0 | 1>
      {...rest}
      options={[
        { value: 0, label: zero },
        { value: 1, label: one },
      ]}
    />
  );
}

export function BoolField(props: Omit<ChoiceFieldProps<boolean>, 'options'> & { yes?: string; no?: string }) {
  const { t } = useTranslation();
  const { yes = t('fields.yes'), no = t('fields.no'), ...rest } = props;
  return (
    <ChoiceField<boolean>
      {...rest}
      options={[
        { value: true, label: yes },
        { value: false, label: no },
      ]}
    />
  );
}
