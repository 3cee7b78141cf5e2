// Installs the simulated screen's stylesheet once per document. Every rule is under the "sd-" class prefix, so the
// Windows look never leaks into the admin chrome (and Fluent's styles never reach inside it: the root resets them).
// A constructable stylesheet keeps this compatible with a strict Content-Security-Policy (no inline <style>).
import { useInsertionEffect } from 'react';

const installed = new WeakMap<Document, Set<string>>();

export function installStyles(doc: Document, id: string, css: string): void {
  const ids = installed.get(doc) ?? new Set<string>();
  if (ids.has(id)) return;
  ids.add(id);
  installed.set(doc, ids);
  if ('adoptedStyleSheets' in doc && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.dataset.owner = id;
  style.textContent = css;
  doc.head.append(style);
}

export function useStyles(id: string, css: string): void {
  useInsertionEffect(() => {
    installStyles(document, id, css);
  }, [id, css]);
}
