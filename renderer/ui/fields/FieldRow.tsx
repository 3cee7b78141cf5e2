// One labelled row of a settings blade: name, one-line help, rule IDs, provenance badge and the control.
import type { ReactNode } from 'react';
import { Badge, Caption1, Label, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { provenanceNoteText } from '../provenance-note';
import { provenanceLabel } from './edit';
import { useProvenance } from './useField';

const useStyles = makeStyles({
  // Label beside the control when there is room, above it when the pane is narrow (no media query needed:
  // the columns wrap by their own minimum widths).
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  labelColumn: { flex: '2 1 220px', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  labelLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  help: { color: tokens.colorNeutralForeground3 },
  control: { flex: '3 1 260px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export interface FieldRowProps {
  path: string;
  label: string;
  /** One line saying what the setting does and how the rules read it. */
  help?: string;
  /** Rule IDs that read this field. */
  rules?: readonly string[];
  controlId?: string;
  /** When two rows edit the same path (e.g. version picker and build), the second needs its own test id. */
  testId?: string;
  children: ReactNode;
}

const PROVENANCE_COLORS = {
  imported: 'brand',
  inferred: 'warning',
  statedByAdmin: 'informative',
  unknown: 'danger',
  manual: 'subtle',
} as const;

export function FieldRow({ path, label, help, rules, controlId, testId, children }: FieldRowProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const provenance = useProvenance(path);
  const provenanceText = provenance
    ? [provenance.endpoint, provenance.at, provenanceNoteText(t, path, provenance.note)].filter(Boolean).join(' · ') ||
      provenanceLabel(provenance.kind)
    : '';
  return (
    <div className={styles.row} data-testid={testId ?? `field-${path}`}>
      <div className={styles.labelColumn}>
        <div className={styles.labelLine}>
          <Label htmlFor={controlId} weight="semibold">
            {label}
          </Label>
          {rules?.map((rule) => (
            <Badge key={rule} size="small" appearance="outline" color="informative">
              {rule}
            </Badge>
          ))}
          {provenance && (
            <Tooltip content={provenanceText} relationship="description">
              <Badge
                size="small"
                appearance="tint"
                color={PROVENANCE_COLORS[provenance.kind]}
                data-testid={`provenance-${path}`}
              >
                {provenanceLabel(provenance.kind)}
              </Badge>
            </Tooltip>
          )}
        </div>
        {help && <Caption1 className={styles.help}>{help}</Caption1>}
      </div>
      <div className={styles.control}>{children}</div>
    </div>
  );
}
