// The commands the help page lists, exactly as they are typed on the device. Built-in Windows tools only; each
// writes one file into the same folder, which is then dropped on the app as a whole. Descriptions are in the
// catalogue (diagnostics.collect.<id>).
export type Shell = 'cmd' | 'powershell';
/** Whether the command needs an elevated prompt: never, always, or only where the key is locked down. */
export type AdminNeed = 'no' | 'yes' | 'ifDenied' | 'mustNot';

export interface CollectCommand {
  id: string;
  shell: Shell;
  command: string;
  admin: AdminNeed;
}

export const COLLECT_FOLDER = '%USERPROFILE%\\Desktop\\sspr';

export const COLLECT_COMMANDS: readonly CollectCommand[] = [
  {
    id: 'folder',
    shell: 'cmd',
    command: 'mkdir "%USERPROFILE%\\Desktop\\sspr" & cd /d "%USERPROFILE%\\Desktop\\sspr"',
    admin: 'no',
  },
  { id: 'dsregcmd', shell: 'cmd', command: 'dsregcmd /status > dsregcmd.txt', admin: 'mustNot' },
  { id: 'ver', shell: 'cmd', command: 'ver > version.txt', admin: 'no' },
  {
    id: 'currentVersion',
    shell: 'cmd',
    command:
      'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" > currentversion.txt & reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Shell >> currentversion.txt',
    admin: 'no',
  },
  { id: 'policies', shell: 'cmd', command: 'reg export "HKLM\\SOFTWARE\\Policies" policies.reg /y', admin: 'no' },
  {
    id: 'systemPolicies',
    shell: 'cmd',
    command: 'reg export "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System" system-policies.reg /y',
    admin: 'no',
  },
  {
    id: 'policyManager',
    shell: 'cmd',
    command: 'reg export "HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device" policymanager.reg /y',
    admin: 'ifDenied',
  },
  {
    id: 'passportForWork',
    shell: 'cmd',
    command: 'reg export "HKLM\\SOFTWARE\\Microsoft\\Policies\\PassportForWork" passportforwork.reg /y',
    admin: 'ifDenied',
  },
  {
    id: 'userRights',
    shell: 'cmd',
    command: 'secedit /export /areas USER_RIGHTS /cfg "%PUBLIC%\\Documents\\sspr-userrights.inf"',
    admin: 'yes',
  },
  { id: 'userProfiles', shell: 'cmd', command: 'cmd /u /c dir /a:d C:\\Users > users.txt', admin: 'no' },
  {
    id: 'mdmReport',
    shell: 'cmd',
    command: 'mdmdiagnosticstool.exe -out "%USERPROFILE%\\Desktop\\sspr\\mdm"',
    admin: 'yes',
  },
  { id: 'systeminfo', shell: 'cmd', command: 'systeminfo > systeminfo.txt', admin: 'no' },
  {
    id: 'computerInfo',
    shell: 'powershell',
    command: 'Get-ComputerInfo | Out-File -Encoding utf8 "$env:USERPROFILE\\Desktop\\sspr\\computerinfo.txt"',
    admin: 'no',
  },
  {
    id: 'script',
    shell: 'powershell',
    command: 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\\Collect-SsprDiagnostics.ps1',
    admin: 'no',
  },
];
