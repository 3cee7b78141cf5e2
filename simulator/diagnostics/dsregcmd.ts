// `dsregcmd /status` text (Microsoft's "Troubleshoot devices by using the dsregcmd command"): boxed sections of
// "Label : Value" lines, colons aligned with any padding. Labels are matched without case or spaces; values YES/NO in
// several languages. Every label the reader does not know is reported, never guessed at.
import { splitLines } from '../input/text';
import { provenance, warning, type Fact, type ReaderResult, type ReaderWarning } from './types';

/** The labels the rules use, by normalised label (lower case, no spaces), with the fact they become. */
const USED_LABELS: Record<string, { id: string; kind: 'yesNo' | 'text' }> = {
  azureadjoined: { id: 'dsregcmd.AzureAdJoined', kind: 'yesNo' },
  enterprisejoined: { id: 'dsregcmd.EnterpriseJoined', kind: 'yesNo' },
  domainjoined: { id: 'dsregcmd.DomainJoined', kind: 'yesNo' },
  domainname: { id: 'dsregcmd.DomainName', kind: 'text' },
  devicename: { id: 'dsregcmd.DeviceName', kind: 'text' },
  deviceid: { id: 'dsregcmd.DeviceId', kind: 'text' },
  tenantname: { id: 'dsregcmd.TenantName', kind: 'text' },
  tenantid: { id: 'dsregcmd.TenantId', kind: 'text' },
  ngcset: { id: 'dsregcmd.NgcSet', kind: 'yesNo' },
  canreset: { id: 'dsregcmd.CanReset', kind: 'text' },
  workplacejoined: { id: 'dsregcmd.WorkplaceJoined', kind: 'yesNo' },
  azureadprt: { id: 'dsregcmd.AzureAdPrt', kind: 'yesNo' },
  isdevicejoined: { id: 'dsregcmd.IsDeviceJoined', kind: 'yesNo' },
  isuserazuread: { id: 'dsregcmd.IsUserAzureAD', kind: 'yesNo' },
  policyenabled: { id: 'dsregcmd.PolicyEnabled', kind: 'yesNo' },
  postlogonenabled: { id: 'dsregcmd.PostLogonEnabled', kind: 'yesNo' },
  deviceeligible: { id: 'dsregcmd.DeviceEligible', kind: 'yesNo' },
  sessionisnotremote: { id: 'dsregcmd.SessionIsNotRemote', kind: 'yesNo' },
  prereqresult: { id: 'dsregcmd.PreReqResult', kind: 'text' },
  usercontext: { id: 'dsregcmd.UserContext', kind: 'text' },
  mdmurl: { id: 'dsregcmd.MdmUrl', kind: 'text' },
};

/** Localised labels seen in translated outputs, mapped to the English label (normalised). */
const LABEL_ALIASES: Record<string, string> = {
  apparaatnaam: 'devicename',
  gerätename: 'devicename',
  domeinnaam: 'domainname',
  domänenname: 'domainname',
  tenantnaam: 'tenantname',
  mandantenname: 'tenantname',
  gebruikerscontext: 'usercontext',
  benutzerkontext: 'usercontext',
};

/** Documented labels the rules don't need: read and left alone without a warning. */
const KNOWN_UNUSED = new Set(
  [
    'Virtual Desktop',
    'Device Certificate Validity',
    'Thumbprint',
    'DeviceCertificateValidity',
    'KeyContainerId',
    'KeyProvider',
    'TpmProtected',
    'DeviceAuthStatus',
    'Idp',
    'AuthCodeUrl',
    'AccessTokenUrl',
    'MdmTouUrl',
    'MdmComplianceUrl',
    'SettingsUrl',
    'JoinSrvVersion',
    'JoinSrvUrl',
    'JoinSrvId',
    'KeySrvVersion',
    'KeySrvUrl',
    'KeySrvId',
    'WebAuthNSrvVersion',
    'WebAuthNSrvUrl',
    'WebAuthNSrvId',
    'DeviceManagementSrvVer',
    'DeviceManagementSrvUrl',
    'DeviceManagementSrvId',
    'NgcKeyId',
    'WamDefaultSet',
    'WamDefaultAuthority',
    'WamDefaultId',
    'WamDefaultGUID',
    'AzureAdPrtUpdateTime',
    'AzureAdPrtExpiryTime',
    'AzureAdPrtAuthority',
    'EnterprisePrt',
    'EnterprisePrtUpdateTime',
    'EnterprisePrtExpiryTime',
    'EnterprisePrtAuthority',
    'OnPremTgt',
    'CloudTgt',
    'KerbTopLevelNames',
    'Diagnostics Reference',
    'Client Time',
    'AD Connectivity Test',
    'AD Configuration Test',
    'DRS Discovery Test',
    'DRS Connectivity Test',
    'Token acquisition Test',
    'Fallback to Sync-Join',
    'Previous Registration',
    'Registration Type',
    'Error Phase',
    'Client ErrorCode',
    'Server ErrorCode',
    'Server Message',
    'Https Status',
    'Request Id',
    'AadRecoveryEnabled',
    'KeySignTest',
    'CertEnrollment',
    'AdfsRefreshToken',
    'AdfsRaIsReady',
    'LogonCertTemplateReady',
    'Executing Account Name',
    'Attempt Status',
    'Auto Detect Settings',
    'Auto-Configuration URL',
    'Proxy Server List',
    'Proxy Bypass List',
    'Auto Detect PAC Status',
    'Attempt Time',
    'Server Error Code',
    'Server Error Description',
    'Server Operation',
    'Server Request Id',
    'Server Response Http Status',
    'Server Response Error Code',
    'Server Response Error Message',
    'Server Trace Id',
    'Server Time',
    'Server Error',
    'Server Error Code Description',
    'AcquirePrtDiagnostics',
    'Credential Type',
    'Credential Type Result',
    'Correlation ID',
    'Endpoint URI',
    'HTTP Method',
    'HTTP Error',
    'HTTP status',
    'Reason',
    'Result',
    'Last Attempt',
    'Last Attempt Status',
    'Workplace Join',
    'Status',
    'SystemDefaultScope',
    'WorkplaceDeviceId',
    'WorkplaceThumbprint',
    'DeviceCertificateValidity',
    'WorkplaceIdp',
    'WorkplaceTenantId',
    'WorkplaceTenantName',
    'WorkplaceMdmUrl',
    'WorkplaceSettingsUrl',
    'NgcPrereqReason',
    'EnterpriseJoinedDomain',
    'AzureAdJoinedDomain',
    'TenantDetails',
    'PRT Update Time',
    'Key Storage Provider',
    'Cloud Kerberos',
    'Attempt Source',
    'Retry',
    'Enterprise PRT',
    // Newer builds (Windows 10 21H2 and later, Windows 11).
    'Previous Prt Attempt',
    'User Identity',
    'DisplayNameUpdated',
    'OsVersionUpdated',
    'HostNameUpdated',
    'Last HostName Update',
    'DeviceManagementSrvVer',
    'Work Account',
  ].map((label) => normalise(label)),
);

const YES = new Set(['YES', 'JA', 'OUI', 'SI', 'SÍ', 'SIM', 'TAK', 'IGEN', 'KYLLÄ', 'EVET', 'DA', 'ANO', 'ÁNO']);
const NO = new Set(['NO', 'NEE', 'NEIN', 'NON', 'NÃO', 'NAO', 'NIE', 'NEM', 'EI', 'NEJ', 'HAYIR', 'NE']);

const HEADER = /^\s*\|\s*(.*?)\s*\|\s*$/;
const BORDER = /^\s*\+-{5,}\+?\s*$/;
/** Dsregcmd pads labels on the left and puts the colon after any amount of spacing. */
const LABEL_LINE = /^\s*([^\s:,.][^:,]{0,59}?)\s*:\s?(.*)$/;
/** Lines around the output that are not part of it: the prompt, the banner, the closing link. */
const EXPECTED_NOISE = /^\s*([A-Z]:\\|PS |Microsoft Windows|\(c\)|©|For more information)/i;

function normalise(label: string): string {
  return label.toLowerCase().replace(/[\s_-]+/g, '');
}

export function yesNo(raw: string): boolean | undefined {
  const value = raw.trim().toUpperCase();
  // "YES ( StateReady )" and similar: the first word decides.
  const first = value.split(/[\s(]/)[0] ?? '';
  if (YES.has(first)) return true;
  if (NO.has(first)) return false;
  return undefined;
}

/** True when the text looks like dsregcmd output: a Device State box or one of its signature labels. */
export function looksLikeDsregcmd(text: string): boolean {
  const head = text.slice(0, 20000);
  return (
    /\|\s*Device State\s*\|/i.test(head) || /^\s*AzureAdJoined\s*:/im.test(head) || /^\s*DomainJoined\s*:/im.test(head)
  );
}

export function readDsregcmd(text: string, file: string): ReaderResult {
  const facts: Fact[] = [];
  const warnings: ReaderWarning[] = [];
  const seen = new Map<string, number>();
  const sections: string[] = [];
  let section = '';
  const lines = splitLines(text);
  let lastContentLine = 0;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || BORDER.test(raw)) return;
    lastContentLine = line;
    const header = HEADER.exec(raw);
    if (header) {
      section = header[1];
      sections.push(normalise(section));
      return;
    }
    const match = LABEL_LINE.exec(raw);
    if (!match) {
      // Prompt lines and banners ("C:\>dsregcmd /status", "Microsoft Windows [Version …]") are expected around it.
      if (!EXPECTED_NOISE.test(raw)) {
        warnings.push(warning('unrecognizedLine', `Line ${line} is not a "Label : Value" line.`, file, { line, raw }));
      }
      return;
    }
    const label = match[1].trim();
    const value = match[2].trim();
    let key = normalise(label);
    key = LABEL_ALIASES[key] ?? key;
    const used = USED_LABELS[key];
    if (!used) {
      if (!KNOWN_UNUSED.has(key)) {
        warnings.push(
          warning(
            'unknownLabel',
            `Label "${label}" (line ${line}) is not a label this reader knows; ignored.`,
            file,
            {
              line,
              raw,
            },
            { label },
          ),
        );
      }
      return;
    }
    const previous = seen.get(used.id);
    if (previous !== undefined) {
      // The Work Account section repeats some labels for the registered account; the device's first value stands.
      warnings.push(
        warning(
          'duplicate',
          `"${label}" appears again on line ${line}; the value on line ${previous} is kept.`,
          file,
          {
            line,
            raw,
          },
          { label, first: previous },
        ),
      );
      return;
    }
    if (used.kind === 'yesNo') {
      const flag = yesNo(value);
      if (flag === undefined) {
        warnings.push(
          warning(
            'unrecognizedValue',
            `"${label}" has the value "${value}" (line ${line}); expected YES or NO.`,
            file,
            {
              line,
              raw,
            },
            { label, value },
          ),
        );
        return;
      }
      seen.set(used.id, line);
      facts.push({ id: used.id, value: flag, source: 'dsregcmd', provenance: provenance(file, line, raw) });
      return;
    }
    if (value === '') return; // "TenantName :" with nothing after it: not reported.
    seen.set(used.id, line);
    facts.push({ id: used.id, value, source: 'dsregcmd', provenance: provenance(file, line, raw) });
  });

  const has = (id: string) => seen.has(id);
  if (!has('dsregcmd.AzureAdJoined') || !has('dsregcmd.DomainJoined')) {
    warnings.push(
      warning(
        'truncated',
        'The Device State values (AzureAdJoined, DomainJoined) are missing: the output is cut short or not from dsregcmd /status.',
        file,
        lastContentLine ? { line: lastContentLine, raw: lines[lastContentLine - 1] ?? '' } : undefined,
      ),
    );
  }
  if (sections.length > 0 && !sections.includes('userstate') && !has('dsregcmd.NgcSet')) {
    warnings.push(
      warning(
        'missingSection',
        'There is no User State section: run dsregcmd /status as the signed-in user (not elevated, not as SYSTEM).',
        file,
        undefined,
        { section: 'User State' },
      ),
    );
  }
  const context = facts.find((fact) => fact.id === 'dsregcmd.UserContext');
  if (
    context &&
    typeof context.value === 'string' &&
    /SYSTEM|ELEVATED/i.test(context.value) &&
    !/UN-ELEVATED/i.test(context.value)
  ) {
    warnings.push(
      warning(
        'notInUserContext',
        `dsregcmd ran as ${context.value}: the User State and SSO State describe that account, not the user at the sign-in screen.`,
        file,
        { line: context.provenance.line, raw: context.provenance.text },
        { context: context.value },
      ),
    );
  }
  const remote = facts.find((fact) => fact.id === 'dsregcmd.SessionIsNotRemote');
  if (remote && remote.value === false) {
    warnings.push(
      warning(
        'remoteSession',
        'dsregcmd ran in a remote session (SessionIsNotRemote : NO). That tells how it was collected, not how the user signs in.',
        file,
        { line: remote.provenance.line, raw: remote.provenance.text },
      ),
    );
  }
  return { source: 'dsregcmd', facts, warnings };
}
