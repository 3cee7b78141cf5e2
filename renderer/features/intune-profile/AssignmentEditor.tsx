// Assignments of an Intune profile: included / excluded groups and applicability rules (ASG, CRT).
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons/svg/add';
import { Delete16Regular } from '@fluentui/react-icons/svg/delete';
import { EDITIONS, type Assignment } from '../../../simulator/index';
import { CommitInput, editField, useFieldValue } from '../../ui/fields';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index';

type Include = Assignment['include'][number];
type Exclude = Assignment['exclude'][number];
type Applicability = Assignment['applicability'][number];

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  narrow: { minWidth: '150px', width: '150px' },
  group: { flexGrow: 1, minWidth: '180px' },
  editions: { display: 'flex', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
});

const VERSION_PATTERN = /^10\.0\.\d+(\.\d+)?$/;

function includeText(target: Include['target']): string {
  return i18n().t(`intuneProfile.target.${target}`);
}

function Select<T extends string>({
  value,
  options,
  label,
  onSelect,
}: {
  value: T;
  options: Record<T, string>;
  label: string;
  onSelect(value: T): void;
}) {
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.narrow}
      aria-label={label}
      value={options[value]}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue as T)}
    >
      {(Object.keys(options) as T[]).map((key) => (
        <Option key={key} value={key}>
          {options[key]}
        </Option>
      ))}
    </Dropdown>
  );
}

export function AssignmentEditor({ basePath, title }: { basePath: string; title: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const assignment = useFieldValue<Assignment>(basePath);
  const write = <K extends keyof Assignment>(key: K, value: Assignment[K], label: string) =>
    editField(`${basePath}.${key}`, value, `${title}: ${label}`);
  const replace = <T,>(list: readonly T[], index: number, item: T) =>
    list.map((entry, i) => (i === index ? item : entry));
  const remove = <T,>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

  return (
    <div className={styles.block} data-testid={`assignment-${basePath}`}>
      <Subtitle2>{t('intuneProfile.assignments')}</Subtitle2>
      <Caption1 className={styles.hint}>{t('intuneProfile.includedGroups')}</Caption1>
      {assignment.include.map((entry, index) => (
        <div className={styles.row} key={index}>
          <Select
            label={t('intuneProfile.includedTarget')}
            value={entry.target}
            options={{
              group: includeText('group'),
              allDevices: includeText('allDevices'),
              allUsers: includeText('allUsers'),
            }}
            onSelect={(target) =>
              write(
                'include',
                replace(
                  assignment.include,
                  index,
                  // A filter belongs to the assignment, not to the kind of target: changing the target keeps it.
                  target === 'group'
                    ? { target, group: t('intuneProfile.newGroup'), groupType: 'device', filter: entry.filter }
                    : { target, filter: entry.filter },
                ),
                t('intuneProfile.undo.include', { name: includeText(target) }),
              )
            }
          />
          {entry.target === 'group' && (
            <>
              <CommitInput
                className={styles.group}
                aria-label={t('intuneProfile.includedGroupName')}
                value={entry.group}
                onCommit={(group) =>
                  void (
                    group.trim() &&
                    write(
                      'include',
                      replace(assignment.include, index, { ...entry, group: group.trim() }),
                      t('intuneProfile.undo.include', { name: group.trim() }),
                    )
                  )
                }
              />
              <Select
                label={t('intuneProfile.groupType')}
                value={entry.groupType}
                options={{ device: t('intuneProfile.deviceGroup'), user: t('intuneProfile.userGroup') }}
                onSelect={(groupType) =>
                  write(
                    'include',
                    replace(assignment.include, index, { ...entry, groupType }),
                    t('intuneProfile.undo.groupType', {
                      name: entry.group,
                      type: t(`intuneProfile.${groupType}Group`),
                    }),
                  )
                }
              />
            </>
          )}
          {entry.filter && (
            <Select
              label={t('intuneProfile.filterMatches', {
                name: entry.filter.name,
                mode: t(`intuneProfile.filterMode.${entry.filter.mode}`),
              })}
              value={String(entry.filter.matches)}
              options={{
                true: t('intuneProfile.filterMatch.yes'),
                false: t('intuneProfile.filterMatch.no'),
                unknown: t('intuneProfile.filterMatch.unknown'),
              }}
              onSelect={(answer) => {
                const filter = entry.filter!;
                const matches = answer === 'unknown' ? 'unknown' : answer === 'true';
                write(
                  'include',
                  replace(assignment.include, index, { ...entry, filter: { ...filter, matches } }),
                  t('intuneProfile.undo.filter', { name: filter.name }),
                );
              }}
            />
          )}
          <Button
            aria-label={t('intuneProfile.removeIncludedTarget')}
            icon={<Delete16Regular />}
            appearance="subtle"
            onClick={() =>
              write(
                'include',
                remove(assignment.include, index),
                t('intuneProfile.undo.remove', {
                  name: entry.target === 'group' ? entry.group : includeText(entry.target),
                }),
              )
            }
          />
        </div>
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          icon={<Add16Regular />}
          onClick={() =>
            write(
              'include',
              [
                ...assignment.include,
                { target: 'group', group: t('intuneProfile.newGroup'), groupType: 'device' } as Include,
              ],
              t('intuneProfile.undo.addIncluded'),
            )
          }
        >
          {t('intuneProfile.addGroups')}
        </Button>
      </div>

      <Caption1 className={styles.hint}>{t('intuneProfile.excludedGroupsAUser')}</Caption1>
      {assignment.exclude.map((entry, index) => (
        <div className={styles.row} key={index}>
          <CommitInput
            className={styles.group}
            aria-label={t('intuneProfile.excludedGroupName')}
            value={entry.group}
            onCommit={(group) =>
              void (
                group.trim() &&
                write(
                  'exclude',
                  replace(assignment.exclude, index, { ...entry, group: group.trim() }),
                  t('intuneProfile.undo.exclude', { name: group.trim() }),
                )
              )
            }
          />
          <Select
            label={t('intuneProfile.groupType')}
            value={entry.groupType}
            options={{ device: t('intuneProfile.deviceGroup'), user: t('intuneProfile.userGroup') }}
            onSelect={(groupType) =>
              write(
                'exclude',
                replace(assignment.exclude, index, { ...entry, groupType }),
                t('intuneProfile.undo.groupType', { name: entry.group, type: t(`intuneProfile.${groupType}Group`) }),
              )
            }
          />
          <Button
            aria-label={t('intuneProfile.removeExcludedGroup')}
            icon={<Delete16Regular />}
            appearance="subtle"
            onClick={() =>
              write(
                'exclude',
                remove(assignment.exclude, index),
                t('intuneProfile.undo.removeExclusion', { name: entry.group }),
              )
            }
          />
        </div>
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          icon={<Add16Regular />}
          onClick={() =>
            write(
              'exclude',
              [...assignment.exclude, { group: t('intuneProfile.excludedGroup'), groupType: 'device' } as Exclude],
              t('intuneProfile.undo.addExcluded'),
            )
          }
        >
          {t('intuneProfile.excludeGroups')}
        </Button>
      </div>

      <Caption1 className={styles.hint}>{t('intuneProfile.applicabilityRulesAMiss')}</Caption1>
      {assignment.applicability.map((rule, index) => (
        <ApplicabilityRow
          key={index}
          rule={rule}
          onChange={(next, label) => write('applicability', replace(assignment.applicability, index, next), label)}
          onRemove={() =>
            write('applicability', remove(assignment.applicability, index), t('intuneProfile.undo.removeApplicability'))
          }
        />
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          icon={<Add16Regular />}
          onClick={() =>
            write(
              'applicability',
              [
                ...assignment.applicability,
                {
                  property: 'osEdition',
                  rule: 'assignIf',
                  editions: ['Enterprise', 'Education', 'Pro'],
                } as Applicability,
              ],
              t('intuneProfile.undo.addApplicability'),
            )
          }
        >
          {t('intuneProfile.addRule')}
        </Button>
      </div>
    </div>
  );
}

function ApplicabilityRow({
  rule,
  onChange,
  onRemove,
}: {
  rule: Applicability;
  onChange(next: Applicability, label: string): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Select
        label={t('intuneProfile.rule')}
        value={rule.rule}
        options={{ assignIf: t('intuneProfile.assignIf'), dontAssignIf: t('intuneProfile.dontAssignIf') }}
        onSelect={(value) =>
          onChange(
            { ...rule, rule: value },
            t('intuneProfile.undo.applicability', {
              name: value === 'assignIf' ? t('intuneProfile.assignIf') : t('intuneProfile.dontAssignIf'),
            }),
          )
        }
      />
      <Select
        label={t('intuneProfile.property')}
        value={rule.property}
        options={{ osEdition: t('intuneProfile.osEdition'), osVersion: t('intuneProfile.osVersion') }}
        onSelect={(property) =>
          onChange(
            property === 'osEdition'
              ? { property, rule: rule.rule, editions: ['Enterprise'] }
              : { property, rule: rule.rule, min: '10.0.17134', max: '10.0.26100' },
            t('intuneProfile.undo.applicability', {
              name: property === 'osEdition' ? t('intuneProfile.osEdition') : t('intuneProfile.osVersion'),
            }),
          )
        }
      />
      {rule.property === 'osEdition' ? (
        <div className={styles.editions} role="group" aria-label={t('intuneProfile.editions')}>
          {EDITIONS.map((edition) => (
            <Checkbox
              key={edition}
              label={edition}
              checked={rule.editions.includes(edition)}
              onChange={(_, data) => {
                const editions = EDITIONS.filter((e) =>
                  e === edition ? data.checked === true : rule.editions.includes(e),
                );
                if (editions.length > 0) onChange({ ...rule, editions }, `${data.checked ? '+' : '−'} ${edition}`);
              }}
            />
          ))}
        </div>
      ) : (
        <>
          <VersionInput
            label={t('intuneProfile.minimumOsVersion')}
            value={rule.min}
            onCommit={(min) => onChange({ ...rule, min }, t('intuneProfile.undo.versionFrom', { version: min }))}
          />
          <span>{t('intuneProfile.to')}</span>
          <VersionInput
            label={t('intuneProfile.maximumOsVersion')}
            value={rule.max}
            onCommit={(max) => onChange({ ...rule, max }, t('intuneProfile.undo.versionTo', { version: max }))}
          />
        </>
      )}
      <Button
        aria-label={t('intuneProfile.removeApplicabilityRule')}
        icon={<Delete16Regular />}
        appearance="subtle"
        onClick={onRemove}
      />
    </div>
  );
}

function VersionInput({ label, value, onCommit }: { label: string; value: string; onCommit(value: string): void }) {
  const styles = useStyles();
  return (
    <CommitInput
      className={styles.narrow}
      aria-label={label}
      value={value}
      placeholder="10.0.17134"
      onCommit={(text) => {
        // An invalid version is not written; the input snaps back to the stored value.
        if (!VERSION_PATTERN.test(text.trim())) return false;
        onCommit(text.trim());
      }}
    />
  );
}
