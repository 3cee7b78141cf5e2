// Windows versions, builds and release dates.

export type OsFamily = 'windows7' | 'windows8' | 'windows8.1' | 'windows10' | 'windows11';

export interface WindowsRelease {
  family: OsFamily;
  version: string;
  name: string;
  build: number;
  released: string | null;
}

export const WINDOWS_RELEASES: readonly WindowsRelease[] = [
  { family: 'windows7', version: '7 SP1', name: 'Windows 7 SP1', build: 7601, released: null },
  { family: 'windows8', version: '8', name: 'Windows 8', build: 9200, released: null },
  { family: 'windows8.1', version: '8.1', name: 'Windows 8.1', build: 9600, released: null },
  { family: 'windows10', version: '1507', name: 'RTM', build: 10240, released: '2015-07-29' },
  { family: 'windows10', version: '1511', name: 'November Update', build: 10586, released: '2015-11-10' },
  { family: 'windows10', version: '1607', name: 'Anniversary Update', build: 14393, released: '2016-08-02' },
  { family: 'windows10', version: '1703', name: 'Creators Update', build: 15063, released: '2017-04-11' },
  { family: 'windows10', version: '1709', name: 'Fall Creators Update', build: 16299, released: '2017-10-17' },
  { family: 'windows10', version: '1803', name: 'April 2018 Update', build: 17134, released: '2018-04-30' },
  { family: 'windows10', version: '1809', name: 'October 2018 Update', build: 17763, released: '2018-11-13' },
  { family: 'windows10', version: '1903', name: 'May 2019 Update', build: 18362, released: '2019-05-21' },
  { family: 'windows10', version: '1909', name: 'November 2019 Update', build: 18363, released: '2019-11-12' },
  { family: 'windows10', version: '2004', name: 'May 2020 Update', build: 19041, released: '2020-05-27' },
  { family: 'windows10', version: '20H2', name: 'October 2020 Update', build: 19042, released: '2020-10-20' },
  { family: 'windows10', version: '21H1', name: 'May 2021 Update', build: 19043, released: '2021-05-18' },
  { family: 'windows10', version: '21H2', name: 'November 2021 Update', build: 19044, released: '2021-11-16' },
  { family: 'windows10', version: '22H2', name: '2022 Update', build: 19045, released: '2022-10-18' },
  { family: 'windows11', version: '21H2', name: 'original release', build: 22000, released: '2021-10-04' },
  { family: 'windows11', version: '22H2', name: '2022 Update', build: 22621, released: '2022-09-20' },
  { family: 'windows11', version: '23H2', name: '2023 Update', build: 22631, released: '2023-10-31' },
  { family: 'windows11', version: '24H2', name: '2024 Update', build: 26100, released: '2024-10-01' },
];

/** Build thresholds the rules use. */
export const BUILD = {
  /** EnablePinRecovery exists, and "I forgot my PIN" in Settings > Accounts > Sign-in options (1703). */
  pinRecoveryPolicy: 15063,
  /** "I forgot my PIN" on the lock screen (1709). */
  pinResetLockScreen: 16299,
  passwordResetPolicy: 16299,
  currentMinimum: 17134,
  ctrlAltDelBoundary2019: 17763,
  windows1909: 18363,
  windows11: 22000,
  windows11_22H2: 22621,
} as const;

/** KB5030310 on Windows 11 22H2 is build 22621.2361 (web sign-in, P-W11). */
export const WEB_SIGN_IN_MIN = { build: 22621, ubr: 2361 } as const;

/** ConfigureWebSignInAllowedUrls: Windows 10 1803 with KB5001339 (17134.2145) or later (P-FED, P-GOV). */
export const WEB_SIGN_IN_ALLOWED_URLS_MIN = { build: 17134, ubr: 2145 } as const;

export function releaseForBuild(build: number): WindowsRelease | undefined {
  let match: WindowsRelease | undefined;
  for (const release of WINDOWS_RELEASES) if (release.build <= build) match = release;
  return match;
}

export function familyForBuild(build: number): OsFamily {
  if (build >= BUILD.windows11) return 'windows11';
  if (build >= 10240) return 'windows10';
  if (build >= 9600) return 'windows8.1';
  if (build >= 9200) return 'windows8';
  return 'windows7';
}

export function describeBuild(family: OsFamily, build: number): string {
  const release = releaseForBuild(build);
  if (!release || release.family !== family) return `${family} build ${build}`;
  return release.family === 'windows10' || release.family === 'windows11'
    ? `Windows ${release.family === 'windows10' ? '10' : '11'} ${release.version} (${build})`
    : `${release.name} (${build})`;
}
