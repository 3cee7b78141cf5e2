// Lets a trainer override any text of the simulated screens, per language. Overrides live in the scenario
// (`stringOverrides`, keyed "<lang>:<key>"), so they are saved with it and undoable like any other change.
import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CATALOGUES,
  LANGUAGE_NAMES,
  SCREEN_SECTIONS,
  flattenKeys,
  overrideKey,
  textStatus,
  type Language,
  type ScreenText,
} from '../../i18n/index';

const useStyles = makeStyles({
  surface: { maxWidth: '980px', width: '92vw' },
  filter: { width: '100%', marginBottom: tokens.spacingVerticalM },
  list: {
    maxHeight: '60vh',
    overflowY: 'auto',
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, 1fr) 2fr auto',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'center',
  },
  key: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  hint: { color: tokens.colorNeutralForeground3 },
});

const EDITABLE_EXTRA_SECTIONS = ['step', 'notes', 'demo', 'rule', 'device'] as const;

export interface StringEditorProps {
  t: ScreenText;
  language: Language;
  overrides: Readonly<Record<string, string>>;
  onChange(key: string, value: string | null): void;
  onClose(): void;
}

export function StringEditor({ t, language, overrides, onChange, onClose }: StringEditorProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const entries = useMemo(() => {
    const catalogue = CATALOGUES[language] as unknown as Record<string, unknown>;
    // Screen texts first (what the audience reads), then step names, notes, the demo script and rule messages.
    return [...SCREEN_SECTIONS, ...EDITABLE_EXTRA_SECTIONS].flatMap((section) =>
      flattenKeys(catalogue[section], section),
    );
  }, [language]);
  const lowered = filter.toLowerCase();
  const shown = entries.filter((key) => {
    if (!lowered) return true;
    const text = overrides[overrideKey(language, key)] ?? '';
    return key.toLowerCase().includes(lowered) || text.toLowerCase().includes(lowered);
  });
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('trainer.stringsTitle', { language: LANGUAGE_NAMES[language] })}</DialogTitle>
          <DialogContent>
            <p className={styles.hint}>{t('trainer.stringsHint')}</p>
            <Input
              className={styles.filter}
              value={filter}
              onChange={(_, data) => setFilter(data.value)}
              placeholder={t('trainerRule.filterPlaceholder')}
              aria-label={t('trainerRule.filter')}
            />
            <div className={styles.list} data-testid="string-editor">
              {shown.map((key) => {
                const status = textStatus(language, key);
                const id = overrideKey(language, key);
                return (
                  <FragmentRow
                    key={key}
                    label={key}
                    status={status}
                    value={overrides[id] ?? ''}
                    placeholder={t(key)}
                    styles={styles}
                    resetLabel={t('trainer.resetString')}
                    onChange={(value) => onChange(id, value === '' ? null : value)}
                  />
                );
              })}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('trainer.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

interface RowProps {
  label: string;
  status: string;
  value: string;
  placeholder: string;
  resetLabel: string;
  styles: ReturnType<typeof useStyles>;
  onChange(value: string): void;
}

function FragmentRow({ label, status, value, placeholder, resetLabel, styles, onChange }: RowProps) {
  return (
    <>
      <span className={styles.key}>
        {label}{' '}
        <Badge size="small" appearance="tint" color={status === 'unverified' ? 'warning' : 'success'}>
          {status}
        </Badge>
      </span>
      <Input value={value} placeholder={placeholder} aria-label={label} onChange={(_, data) => onChange(data.value)} />
      <Button size="small" disabled={value === ''} onClick={() => onChange('')}>
        {resetLabel}
      </Button>
    </>
  );
}
