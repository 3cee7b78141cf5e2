// Windows version picker that knows the Windows builds: "Windows 10 1709" sets family windows10, build 16299.
import { useId } from 'react';
import { Dropdown, Option, OptionGroup } from '@fluentui/react-components';
import { UNKNOWN, WINDOWS_RELEASES, type WindowsRelease } from '../../../simulator/index';
import { FieldRow } from '../../ui/fields';
import { useAppStore } from '../../store/app-store';
import { withEdit } from '../../ui/fields/edit';
import { useTranslation } from 'react-i18next';

export function releaseLabel(release: WindowsRelease): string {
  if (release.family === 'windows10' || release.family === 'windows11') {
    return `Windows ${release.family === 'windows10' ? '10' : '11'} ${release.version} · ${release.name} (${release.build})`;
  }
  return `${release.name} (${release.build})`;
}

const GROUPS = [
  { label: 'Windows 11', families: ['windows11'] },
  { label: 'Windows 10', families: ['windows10'] },
  { label: 'Windows 7 / 8 / 8.1', families: ['windows7', 'windows8', 'windows8.1'] },
] as const;

export function VersionPicker() {
  const { t } = useTranslation();
  const id = useId();
  const build = useAppStore((state) => state.scenario.device.os.build);
  const family = useAppStore((state) => state.scenario.device.os.family);
  const match = WINDOWS_RELEASES.find((release) => release.build === build && release.family === family);
  const text = match
    ? releaseLabel(match)
    : build === UNKNOWN
      ? t('fields.unknown')
      : t('deviceSettings.customBuild', { build: String(build) });
  const choose = (key: string | undefined) => {
    const release = WINDOWS_RELEASES.find((candidate) => String(candidate.build) === key);
    if (!release) return;
    const { scenario, setScenario } = useAppStore.getState();
    const next = withEdit(withEdit(scenario, 'device.os.family', release.family), 'device.os.build', release.build);
    setScenario(next, `${t('deviceSettings.windowsVersion')}: ${releaseLabel(release)}`);
  };
  return (
    <FieldRow
      path="device.os.build"
      label={t('deviceSettings.windowsVersion')}
      help={t('deviceSettings.setsTheOsFamily')}
      rules={['R-OS', 'R-VERSION']}
      controlId={id}
      testId="field-device.os.version"
    >
      <Dropdown
        id={id}
        data-testid="version-picker"
        value={text}
        selectedOptions={match ? [String(match.build)] : []}
        onOptionSelect={(_, data) => choose(data.optionValue)}
      >
        {GROUPS.map((group) => (
          <OptionGroup key={group.label} label={group.label}>
            {WINDOWS_RELEASES.filter((release) => (group.families as readonly string[]).includes(release.family))
              .slice()
              .reverse()
              .map((release) => (
                <Option key={release.build} value={String(release.build)} text={releaseLabel(release)}>
                  {releaseLabel(release)}
                </Option>
              ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </FieldRow>
  );
}
