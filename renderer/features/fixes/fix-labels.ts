// A fix's changes in the reader's language: "Set SSPR enabled to All", never a model path or a raw value. Changes
// the catalogue has no words for (a whole policy object, say) keep the engine's own sentence.
import type { Change, Fix } from '../../../simulator/index';

type Translate = (key: string, vars?: Record<string, string>) => string;

/** "tenant.sspr.enabled" → "tenant_sspr_enabled", the key of its name under fixLabel.field. */
function fieldKey(path: string): string {
  return path.replace(/\./g, '_');
}

function valueText(value: unknown, t: Translate, exists: (key: string) => boolean): string | null {
  if (value === true) return t('fixLabel.on');
  if (value === false) return t('fixLabel.off');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return exists(`fixLabel.value.${value}`) ? t(`fixLabel.value.${value}`) : value;
  return null;
}

/** A phrase's values: names as typed; vocabulary lists (methods) in the reader's words, joined in their language. */
function phraseParams(change: Change, t: Translate, exists: (key: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(change.say?.params ?? {})) {
    if (typeof value === 'string') out[name] = value;
    else {
      const words = value.map((item) => (exists(`labels.method.${item}`) ? t(`labels.method.${item}`) : item));
      out[name] = new Intl.ListFormat(t('fixLabel.listLocale'), { type: 'conjunction' }).format(words);
    }
  }
  return out;
}

export function changeLabel(change: Change, t: Translate, exists: (key: string) => boolean): string {
  if (change.say && exists(`fixLabel.say.${change.say.key}`))
    return t(`fixLabel.say.${change.say.key}`, phraseParams(change, t, exists));
  const key = `fixLabel.field.${fieldKey(change.path)}`;
  if (/\.groups$/.test(change.path) && Array.isArray(change.to) && Array.isArray(change.from)) {
    const added = change.to.filter((group) => !(change.from as unknown[]).includes(group));
    if (added.length === 1 && typeof added[0] === 'string') return t('fixLabel.addGroup', { value: added[0] });
  }
  if (!exists(key)) return change.label;
  const value = valueText(change.to, t, exists);
  if (value === null) return change.label;
  return t(change.from === 'unknown' ? 'fixLabel.state' : 'fixLabel.set', { field: t(key), value });
}

/** The fix's title: its changes' labels, joined, as the engine builds it. */
export function fixTitle(fix: Fix, t: Translate, exists: (key: string) => boolean): string {
  return fix.changes.map((change) => changeLabel(change, t, exists)).join('; ');
}
