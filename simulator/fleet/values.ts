// Cell values of the exports → scenario facts. Anything unrecognised is "unknown" (and counted), never guessed.
import type { Edition, JoinState, Method } from '../model/scenario';
import { editionForSku, parseOsVersion, registeredMethods, type ParsedOsVersion } from '../import/vocabulary';

export type Known<T> = T | 'unknown';

/** Empty, "Unknown", "N/A" … mean the export has no value: unknown, but not "unrecognised". */
export function isBlankValue(value: string | undefined): boolean {
  if (value === undefined) return true;
  const text = value.trim().toLowerCase();
  return text === '' || text === 'unknown' || text === 'n/a' || text === 'none' || text === 'null' || text === '-';
}

/** "Windows", "Windows 10" … are Windows clients; servers and other platforms are not in the sign-in question. */
export function platformOf(os: string | undefined): 'windows' | 'windowsServer' | 'other' | 'blank' {
  if (isBlankValue(os)) return 'blank';
  const text = os!.toLowerCase();
  if (!text.includes('windows')) return 'other';
  return text.includes('server') ? 'windowsServer' : 'windows';
}

/** "10.0.22631.2506" (both exports write it so); null when unreadable. */
export function versionOf(value: string | undefined): ParsedOsVersion | null {
  if (isBlankValue(value)) return null;
  const parsed = parseOsVersion(value!.trim());
  return parsed && parsed.build >= 7600 ? parsed : null;
}

/** Intune "SkuFamily" (Enterprise, Professional, Education, Core …). */
export function editionOf(value: string | undefined): Known<Edition> | null {
  if (isBlankValue(value)) return 'unknown';
  return editionForSku(value!.trim()) ?? null;
}

/**
 * Join type as the two exports spell it: Intune "JoinType" (Azure AD joined, Hybrid Azure AD joined, Azure AD
 * registered, and the Microsoft Entra … names), Entra "joinType (trustType)" (Microsoft Entra joined / hybrid joined /
 * registered), Graph trustType (AzureAd, ServerAd, Workplace) and Intune joinType (azureADJoined …).
 */
export function joinStateOf(value: string | undefined): Known<JoinState> | null {
  if (isBlankValue(value)) return 'unknown';
  const text = value!.toLowerCase().replace(/[^a-z]/g, '');
  if (text === 'serverad' || text.includes('hybrid')) return 'hybridJoined';
  if (text === 'workplace' || text.includes('registered')) return 'registered';
  if (text === 'azuread' || text.endsWith('joined')) return 'entraJoined';
  if (text.includes('domain') || text === 'onpremisesad') return 'adDomainOnly';
  if (text.includes('workgroup') || text === 'notjoined') return 'workgroup';
  return null;
}

/** Intune "Managed by": Intune, Co-managed, MDM/ConfigMgr agent → enrolled; ConfigMgr, Exchange ActiveSync → not. */
export function enrolledFromManagedBy(value: string | undefined): Known<boolean> | null {
  if (isBlankValue(value)) return 'unknown';
  const text = value!.toLowerCase();
  if (text.includes('intune') || text.includes('co-managed') || text.includes('comanaged') || text.includes('mdm'))
    return true;
  if (text.includes('configmgr') || text.includes('activesync') || text.includes('eas')) return false;
  return null;
}

/** Entra "isManaged" with "mdmDisplayName": managed by Microsoft Intune, by another MDM, or not managed. */
export function enrolledFromEntra(isManaged: string | undefined, mdmName: string | undefined): Known<boolean> | null {
  const managed = booleanOf(isManaged);
  if (managed === null) return null;
  if (managed === 'unknown') return 'unknown';
  if (!managed) return false;
  if (isBlankValue(mdmName)) return 'unknown';
  return /intune/i.test(mdmName!) ? true : false;
}

/** True/False, Yes/No, 1/0 (the downloads write "True"/"False"). */
export function booleanOf(value: string | undefined): Known<boolean> | null {
  if (isBlankValue(value)) return 'unknown';
  const text = value!.trim().toLowerCase();
  if (text === 'true' || text === 'yes' || text === '1') return true;
  if (text === 'false' || text === 'no' || text === '0') return false;
  return null;
}

/** "methodsRegistered": a list, written "email, mobilePhone" or "[email,mobilePhone]" or with semicolons. */
export function methodsOf(value: string | undefined): Method[] {
  if (value === undefined) return [];
  const names = value
    .replace(/[[\]"']/g, '')
    .split(/[,;|\s]+/)
    .filter(Boolean);
  return registeredMethods(names);
}

/** The first UPN of a list cell (Entra's registeredOwners / userNames may hold several). */
export function firstUpn(value: string | undefined): string {
  if (isBlankValue(value)) return '';
  const first = value!.split(/[;,\s]+/).find((part) => part.includes('@'));
  return first ? first.trim() : '';
}
