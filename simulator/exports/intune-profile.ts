// The Intune custom profile of the seed's steps as a Microsoft Graph request body (POST /deviceManagement/deviceConfigurations).
import { PASSWORD_RESET_OMA_URI } from '../model/scenario';

export interface OmaSettingInteger {
  '@odata.type': '#microsoft.graph.omaSettingInteger';
  displayName: string;
  description: string;
  omaUri: string;
  value: number;
}

export interface Windows10CustomConfiguration {
  '@odata.type': '#microsoft.graph.windows10CustomConfiguration';
  displayName: string;
  description: string;
  omaSettings: OmaSettingInteger[];
}

export interface IntuneProfileNames {
  displayName?: string;
  description?: string;
}

export const DEFAULT_PROFILE_NAME = 'SSPR - Reset password at the Windows sign-in screen';
export const DEFAULT_PROFILE_DESCRIPTION =
  'Shows the "Reset password" link on the Windows sign-in screen (Policy CSP Authentication/AllowAadPasswordReset = 1). ' +
  'Assign it to a device group.';

/** The profile object; the value is an Integer 1, which is the only form R-POLICY-TYPE accepts. */
export function buildIntuneCustomProfile(names: IntuneProfileNames = {}): Windows10CustomConfiguration {
  return {
    '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
    displayName: names.displayName?.trim() || DEFAULT_PROFILE_NAME,
    description: names.description?.trim() || DEFAULT_PROFILE_DESCRIPTION,
    omaSettings: [
      {
        '@odata.type': '#microsoft.graph.omaSettingInteger',
        displayName: 'AllowAadPasswordReset',
        description: '1 = Allowed: the sign-in screen shows "Reset password".',
        omaUri: PASSWORD_RESET_OMA_URI,
        value: 1,
      },
    ],
  };
}

/** Pretty-printed JSON, ending with a newline, ready for Graph Explorer or Invoke-MgGraphRequest. */
export function buildIntuneProfileJson(names: IntuneProfileNames = {}): string {
  return `${JSON.stringify(buildIntuneCustomProfile(names), null, 2)}\n`;
}
