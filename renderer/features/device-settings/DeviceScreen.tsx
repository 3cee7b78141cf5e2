// Device: OS, join and management state, the policy settings under their real names, network, add-in.
import { BLOCKABLE_HOSTS, EDITIONS } from '../../../simulator/index';
import { BoolField, ChoiceField, ListField, MultiChoiceField, NumberField, Section, TextField } from '../../ui/fields';
import { ScreenPage } from '../../ui/ScreenPage';
import { DeviceSettingsSection, FieldReportsSection } from './DeviceSettings';
import { VersionPicker } from './VersionPicker';
import { useTranslation } from 'react-i18next';

const EDITION_LABELS: Record<(typeof EDITIONS)[number], string> = {
  Home: 'Home',
  Pro: 'Pro',
  ProEducation: 'Pro Education',
  Enterprise: 'Enterprise',
  Education: 'Education',
  SE: 'SE',
  IoTEnterprise: 'IoT Enterprise',
};

export function DeviceScreen() {
  const { t } = useTranslation();
  return (
    <ScreenPage
      testId="screen-device"
      crumbs={t('deviceSettings.homeDevicesWindows')}
      title={t('deviceSettings.device')}
      description={t('deviceSettings.deviceAndSessionState')}
    >
      <Section title={t('deviceSettings.operatingSystem')}>
        <TextField path="device.name" label={t('deviceSettings.deviceName')} />
        <ChoiceField
          path="device.os.family"
          label={t('deviceSettings.osFamily')}
          rules={['R-OS']}
          layout="dropdown"
          options={[
            { value: 'windows11', label: 'Windows 11' },
            { value: 'windows10', label: 'Windows 10' },
            { value: 'windows8.1', label: 'Windows 8.1' },
            { value: 'windows8', label: 'Windows 8' },
            { value: 'windows7', label: 'Windows 7' },
          ]}
        />
        <VersionPicker />
        <NumberField
          path="device.os.build"
          label={t('deviceSettings.build100X')}
          help={t('deviceSettings.typeAnyBuildThe')}
          rules={['R-VERSION']}
        />
        <NumberField
          path="device.os.ubr"
          label={t('deviceSettings.updateBuildRevisionUbr')}
          help={t('deviceSettings.theNumberAfterThe')}
          rules={['P-W11']}
        />
        <ChoiceField
          path="device.os.edition"
          label={t('deviceSettings.edition')}
          rules={['R-EDITION', 'P-EDITION']}
          layout="dropdown"
          options={EDITIONS.map((value) => ({ value, label: EDITION_LABELS[value] }))}
        />
      </Section>
      <Section title={t('deviceSettings.identityAndManagement')}>
        <ChoiceField
          path="device.joinState"
          label={t('deviceSettings.joinState')}
          help={t('deviceSettings.onlyEntraJoinedAnd')}
          rules={['R-JOIN', 'P-JOIN']}
          layout="dropdown"
          options={[
            { value: 'entraJoined', label: t('deviceSettings.microsoftEntraJoined') },
            { value: 'hybridJoined', label: t('deviceSettings.microsoftEntraHybridJoined') },
            { value: 'registered', label: t('deviceSettings.microsoftEntraRegistered') },
            { value: 'adDomainOnly', label: t('deviceSettings.activeDirectoryDomainOnly') },
            { value: 'workgroup', label: t('deviceSettings.workgroup') },
          ]}
        />
        <BoolField path="device.intuneEnrolled" label={t('deviceSettings.enrolledInIntune')} rules={['R-MDM']} />
        <ListField
          path="device.groups"
          label={t('deviceSettings.deviceGroups')}
          help={t('deviceSettings.entraGroupsTheDevice')}
          rules={['R-ASSIGN']}
          itemName={t('fields.itemName.group')}
        />
      </Section>
      <DeviceSettingsSection />
      <Section title={t('deviceSettings.network')} description={t('deviceSettings.resetRunsAsThe')}>
        <BoolField
          path="device.network.reachesPasswordResetService"
          label={t('deviceSettings.reachesPasswordresetMicrosoftonlineCom')}
          rules={['R-NET']}
        />
        <BoolField
          path="device.network.reachesAjaxCdn"
          label={t('deviceSettings.reachesAjaxAspnetcdnCom')}
          rules={['R-NET']}
        />
        <ChoiceField
          path="device.network.proxy"
          label={t('deviceSettings.proxy')}
          help={t('deviceSettings.needsMakeProxySettings')}
          rules={['R-PROXY']}
          layout="dropdown"
          options={[
            { value: 'none', label: t('deviceSettings.noProxy') },
            { value: 'machineWide', label: t('deviceSettings.perMachineProxy') },
            { value: 'defaultUserProfile', label: t('deviceSettings.setInTheDefault') },
            { value: 'perUser', label: t('deviceSettings.perUserProxy') },
            { value: 'authenticated', label: t('deviceSettings.authenticatedProxy') },
          ]}
        />
        <MultiChoiceField
          path="device.network.securitySoftwareBlocks"
          label={t('deviceSettings.securitySoftwareBlocks')}
          rules={['R-AV']}
          options={BLOCKABLE_HOSTS.map((host) => ({ value: host, label: host }))}
        />
        <ChoiceField
          path="device.network.dot1x"
          label="802.1x"
          rules={['R-8021X']}
          options={[
            { value: 'none', label: t('deviceSettings.notUsed') },
            { value: 'machineAuthentication', label: t('deviceSettings.machineAuthentication') },
            { value: 'beforeUserLogon', label: t('deviceSettings.performImmediatelyBeforeUser') },
          ]}
          layout="dropdown"
        />
        <BoolField
          path="device.network.domainControllerReachable"
          label={t('deviceSettings.lineOfSightTo')}
          rules={['R-HYBRID-DC', 'P-HYB-DC']}
        />
        <BoolField path="device.network.adfsReachable" label={t('deviceSettings.adFsReachable')} rules={['P-HYB-DC']} />
      </Section>
      <Section title={t('deviceSettings.windows788')} description={t('deviceSettings.ssprwindowslogonProdMsiHttps')}>
        <BoolField
          path="device.legacyAddIn.installed"
          label={t('deviceSettings.addInInstalled')}
          rules={['R-L-INSTALL']}
        />
        <BoolField
          path="device.legacyAddIn.osPatched"
          label={t('deviceSettings.operatingSystemPatched')}
          rules={['R-L-OS']}
        />
        <BoolField
          path="device.legacyAddIn.tls12Enabled"
          label={t('deviceSettings.tls12Explicitly')}
          rules={['R-L-TLS']}
        />
        <BoolField path="device.legacyAddIn.loggingEnabled" label="EnableLogging = 1" rules={['R-L-LOG']} />
      </Section>
      <FieldReportsSection />
    </ScreenPage>
  );
}
