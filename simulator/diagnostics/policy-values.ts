// Values that are lists in disguise: user-rights principals (secedit's "*S-1-5-32-545,Guest", the UserRights CSP's
// U+F000-separated SIDs) and ADMX-backed text policies as PolicyManager and the MDM report hold them
// ("<enabled/><data id=… value=…/>", XML-escaped in the report). Sources: Policy CSP - UserRights, Policy CSP -
// ADMX_CredentialProviders, "Understanding ADMX-backed policies".
import { principalName } from '../import/setting-map';

/** The five XML entities only: the report's text is never entity-expanded, so escaped payloads arrive as written. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Accounts and groups of a user right, well-known SIDs by the names the scenario uses (S-1-5-32-545 → Users).
 * Secedit separates them with commas, the UserRights CSP with U+F000 (written `&#xF000;` in XML).
 */
export function principalsFrom(raw: string): string[] {
  return (
    raw
      .split(/\uF000|&#xF000;|,/i)
      .map((item) => item.trim())
      .map(principalName)
      // A bare "*" names nobody: dropped after mapping, so the list never holds an empty name.
      .filter(Boolean)
  );
}

/**
 * An ADMX-backed list policy: `<disabled/>` is an empty list, `<enabled/>` carries the list in its `<data>` element;
 * a plain "a,b" or "a;b" string (the Group Policy registry form) is the list itself. Undefined when enabled without
 * data, or when the text is ADMX markup this does not recognise.
 */
export function admxListFrom(raw: string): string[] | undefined {
  const text = unescapeXml(raw).trim();
  if (!text.startsWith('<')) return splitList(text);
  if (/^<\s*disabled\s*\/\s*>/i.test(text)) return [];
  if (!/^<\s*enabled\s*\/\s*>/i.test(text)) return undefined;
  const data = /<\s*data\s+id\s*=\s*"[^"]*"\s+value\s*=\s*"([^"]*)"\s*\/\s*>/i.exec(text);
  return data ? splitList(data[1]) : undefined;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
