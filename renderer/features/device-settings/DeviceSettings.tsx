// The policy settings of rules.md §2–§3, each under its real Group Policy / CSP name with the rule that reads it.
import { BoolField, FlagField, ListField, NumberField, Section } from '../../ui/fields';

export function DeviceSettingsSection() {
  return (
    <Section title="Policies on the device" description="Values as the device's registry / Policy CSP holds them.">
      <FlagField
        path="device.settings.NoLockScreen"
        label="Do not display the lock screen (NoLockScreen)"
        help="1 removes the lock screen and with it the link."
        rules={['R-NOLOCK']}
      />
      <FlagField
        path="device.settings.DisableLockScreenAppNotifications"
        label="Turn off app notifications on the lock screen (DisableLockScreenAppNotifications)"
        help="1 makes the reset fail after the link is clicked."
        rules={['R-LSNOTIF', 'R-COMBO']}
      />
      <FlagField
        path="device.settings.HideFastUserSwitching"
        label="Hide entry points for Fast User Switching (HideFastUserSwitching)"
        rules={['R-FUS']}
      />
      <FlagField
        path="device.settings.DontDisplayLastUserName"
        label="Interactive logon: Don't display last signed-in (DontDisplayLastUserName)"
        rules={['R-DDLU']}
      />
      <FlagField
        path="device.settings.BlockNonAdminUserInstall"
        label="Prevent non-admin users from installing packaged Windows apps (BlockNonAdminUserInstall)"
        rules={['R-APPX']}
      />
      <BoolField
        path="device.settings.EnableLostMode"
        label="Lost Mode (EnableLostMode)"
        rules={['R-LOST']}
        yes="Set"
        no="Not set"
      />
      <BoolField
        path="device.settings.customShell"
        label="Custom shell replaces Explorer.exe (Shell Launcher)"
        rules={['R-SHELL']}
      />
      <FlagField
        path="device.settings.RequireSmartCard"
        label="Interactive logon: Require smart card"
        help="Smart-card-only logon breaks the reset."
        rules={['R-SMARTCARD']}
      />
      <FlagField
        path="device.settings.EnableLUA"
        label="User Account Control: Run all administrators in Admin Approval Mode (EnableLUA)"
        help="0 turns UAC off: reset loops back to the sign-in screen."
        zero="0 · UAC off"
        one="1 · UAC on"
        rules={['R-UAC']}
      />
      <NumberField
        path="device.settings.thirdPartyCredentialProviders"
        label="Third-party credential providers"
        help="Any third-party credential provider may interfere."
        rules={['R-3PCP', 'R-L-MULTICP']}
      />
      <FlagField
        path="device.settings.DisableCAD"
        label="Interactive logon: Do not require CTRL+ALT+DEL (DisableCAD)"
        help="0 = Disabled, i.e. Ctrl+Alt+Del is required; how that breaks reset depends on the docs' era."
        zero="0 · Disabled (CAD required)"
        one="1 · Enabled"
        rules={['R-CAD', 'R-COMBO']}
      />
      <FlagField
        path="device.settings.IsContentDeliveryPolicyEnforced"
        label="IsContentDeliveryPolicyEnforced"
        help="The third setting of the 2019 combination."
        rules={['R-COMBO']}
      />
      <FlagField
        path="device.settings.EnablePasswordlessExperience"
        label="Enable Passwordless Experience (EnablePasswordlessExperience)"
        help="Windows 11: hides the password tile after a Windows Hello or FIDO2 sign-in."
        rules={['R-PWLESS']}
      />
      <FlagField
        path="device.settings.EnableWebSignIn"
        label="Enable Web Sign In (EnableWebSignIn)"
        rules={['P-W11']}
      />
      <ListField
        path="device.settings.ConfigureWebSignInAllowedUrls"
        label="Configure Web Sign In Allowed Urls"
        help="Federated PIN reset needs the IdP domains here (US Government: login.microsoftonline.us)."
        rules={['P-FED', 'P-GOV']}
        itemName="URL"
        placeholder="sts.contoso.com"
      />
      <BoolField
        path="device.settings.copyProfileWebCacheNotCleared"
        label="Image made with CopyProfile without clearing the web cache"
        rules={['R-SYSPREP']}
      />
      <BoolField
        path="device.settings.temporaryAccountBlocked"
        label="Temporary defaultuser1 account blocked"
        help="E.g. Deny log on locally covers it."
        rules={['R-TEMPACCT']}
      />
    </Section>
  );
}

export function FieldReportsSection() {
  return (
    <Section title="Field reports" description="Read only when Docs as of › Field reports is on (A-14).">
      <BoolField
        path="device.settings.secureAssessmentProfile"
        label='Intune "Secure assessment (Education)" profile assigned'
        rules={['R-SECURE-ASSESS']}
      />
      <BoolField
        path="device.settings.customLockScreenImage"
        label="Custom lock screen image"
        help='"Please wait" loop (GH#38887).'
      />
      <NumberField
        path="device.settings.DelayedDesktopSwitchTimeout"
        label="DelayedDesktopSwitchTimeout"
        help="1 loops (GH#113847)."
      />
      <BoolField
        path="device.settings.restartedSinceLastSignOut"
        label="Restarted since the last sign-out"
        help="Link missing until sign-out (GH#44561)."
      />
    </Section>
  );
}
