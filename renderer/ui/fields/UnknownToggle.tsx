// The "Unknown" check box beside free-form inputs: an unknown input makes the verdict say which rule it can't decide.
import { Checkbox } from '@fluentui/react-components';
import { UNKNOWN } from '../../../simulator/index';
import { knownFallback } from './edit';
import { useTranslation } from 'react-i18next';

export interface UnknownToggleProps {
  path: string;
  value: unknown;
  fallback: unknown;
  onChange(value: unknown, label: string): void;
}

export function UnknownToggle({ path, value, fallback, onChange }: UnknownToggleProps) {
  const { t } = useTranslation();
  const isUnknown = value === UNKNOWN;
  return (
    <Checkbox
      label={t('fields.unknown')}
      checked={isUnknown}
      data-testid={`unknown-${path}`}
      onChange={(_, data) => {
        if (data.checked) onChange(UNKNOWN, 'Unknown');
        else {
          const restored = knownFallback(path, fallback);
          onChange(restored, String(restored));
        }
      }}
    />
  );
}
