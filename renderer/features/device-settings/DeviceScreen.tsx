// Device: OS, join and management state, the policy settings of rules.md §3 under their real names, network, add-in.
import { BLOCKABLE_HOSTS, EDITIONS } from '../../../simulator/index';
import { BoolField, ChoiceField, ListField, MultiChoiceField, NumberField, Section, TextField } from '../../ui/fields';
import { ScreenPage } from '../../ui/ScreenPage';
import { DeviceSettingsSection, FieldReportsSection } from './DeviceSettings';
import { VersionPicker } from './VersionPicker';

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
  return (
    <ScreenPage
      testId="screen-device"
      crumbs="Home › Devices › Windows"
      title="Device"
      description="Device and session state alone decide whether the Reset password link is drawn."
    >
      <Section title="Operating system">
        <TextField path="device.name" label="Device name" />
        <ChoiceField
          path="device.os.family"
          label="OS family"
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
          label="Build (10.0.x)"
          help="Type any build; the picker above fills it in."
          rules={['R-VERSION']}
        />
        <NumberField
          path="device.os.ubr"
          label="Update build revision (UBR)"
          help="The number after the build, e.g. 2361 in 22621.2361 (web sign-in needs KB5030310)."
          rules={['P-W11']}
        />
        <ChoiceField
          path="device.os.edition"
          label="Edition"
          rules={['R-EDITION', 'P-EDITION']}
          layout="dropdown"
          options={EDITIONS.map((value) => ({ value, label: EDITION_LABELS[value] }))}
        />
      </Section>
      <Section title="Identity and management">
        <ChoiceField
          path="device.joinState"
          label="Join state"
          help="Only Entra joined and hybrid joined devices show the link."
          rules={['R-JOIN', 'P-JOIN']}
          layout="dropdown"
          options={[
            { value: 'entraJoined', label: 'Microsoft Entra joined' },
            { value: 'hybridJoined', label: 'Microsoft Entra hybrid joined' },
            { value: 'registered', label: 'Microsoft Entra registered' },
            { value: 'adDomainOnly', label: 'Active Directory domain only' },
            { value: 'workgroup', label: 'Workgroup' },
          ]}
        />
        <BoolField path="device.intuneEnrolled" label="Enrolled in Intune" rules={['R-MDM']} />
        <ListField
          path="device.groups"
          label="Device groups"
          help="Entra groups the device is a member of (assignment targets)."
          rules={['R-ASSIGN']}
          itemName="group"
        />
      </Section>
      <DeviceSettingsSection />
      <Section
        title="Network"
        description="Reset runs as the temporary defaultuser1 account and needs 443 to the reset service."
      >
        <BoolField
          path="device.network.reachesPasswordResetService"
          label="Reaches passwordreset.microsoftonline.com:443"
          rules={['R-NET']}
        />
        <BoolField path="device.network.reachesAjaxCdn" label="Reaches ajax.aspnetcdn.com:443" rules={['R-NET']} />
        <ChoiceField
          path="device.network.proxy"
          label="Proxy"
          help="Needs Make proxy settings per-machine (rather than per-user), or the Default user hive used by defaultuser1."
          rules={['R-PROXY']}
          layout="dropdown"
          options={[
            { value: 'none', label: 'No proxy' },
            { value: 'machineWide', label: 'Per-machine proxy' },
            { value: 'defaultUserProfile', label: 'Set in the Default user profile' },
            { value: 'perUser', label: 'Per-user proxy' },
            { value: 'authenticated', label: 'Authenticated proxy' },
          ]}
        />
        <MultiChoiceField
          path="device.network.securitySoftwareBlocks"
          label="Security software blocks"
          rules={['R-AV']}
          options={BLOCKABLE_HOSTS.map((host) => ({ value: host, label: host }))}
        />
        <ChoiceField
          path="device.network.dot1x"
          label="802.1x"
          rules={['R-8021X']}
          options={[
            { value: 'none', label: 'Not used' },
            { value: 'machineAuthentication', label: 'Machine authentication' },
            { value: 'beforeUserLogon', label: 'Perform immediately before user logon' },
          ]}
          layout="dropdown"
        />
        <BoolField
          path="device.network.domainControllerReachable"
          label="Line of sight to a domain controller"
          rules={['R-HYBRID-DC', 'P-HYB-DC']}
        />
        <BoolField path="device.network.adfsReachable" label="AD FS reachable" rules={['P-HYB-DC']} />
      </Section>
      <Section
        title="Windows 7 / 8 / 8.1 add-in"
        description="SsprWindowsLogon.PROD.msi (https://aka.ms/sspraddin); tenant and user rules still apply."
      >
        <BoolField path="device.legacyAddIn.installed" label="Add-in installed" rules={['R-L-INSTALL']} />
        <BoolField path="device.legacyAddIn.osPatched" label="Operating system patched" rules={['R-L-OS']} />
        <BoolField path="device.legacyAddIn.tls12Enabled" label="TLS 1.2 explicitly enabled" rules={['R-L-TLS']} />
        <BoolField path="device.legacyAddIn.loggingEnabled" label="EnableLogging = 1" rules={['R-L-LOG']} />
      </Section>
      <FieldReportsSection />
    </ScreenPage>
  );
}
