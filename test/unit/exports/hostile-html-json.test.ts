// The HTML report and the Intune JSON export, fed the hostile names: parsed back by a standards-conforming HTML parser
// (parse5) and by JSON.parse, every value comes back as written and no element or attribute is added.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import {
  buildHtmlReport,
  buildIntuneCustomProfile,
  buildIntuneProfileJson,
  escapeHtml,
} from '../../../simulator/exports/index';
import { DEFAULT_SCENARIO, evaluate, type Scenario } from '../../../simulator/index';
import { HOSTILE_STRINGS } from './hostile-strings';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return [...(isElement(node) ? [node] : []), ...children.flatMap(elements)];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** What survives any HTML file: NUL and unpaired surrogates cannot be carried and become U+FFFD. */
function htmlRepresentable(value: string): string {
  return value.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function reportFor(value: string): string {
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    name: value,
    description: value,
    device: { ...DEFAULT_SCENARIO.device, name: value },
    user: { ...DEFAULT_SCENARIO.user, displayName: value, userPrincipalName: value },
    tenant: { ...DEFAULT_SCENARIO.tenant, name: value },
  };
  return buildHtmlReport({
    scenario,
    verdict: evaluate(DEFAULT_SCENARIO),
    fixes: [],
    generatedAt: '2026-12-02T12:00:00.000Z',
  });
}

function shape(html: string): string[] {
  return elements(parse(html)).map((element) => `${element.tagName}[${element.attrs.map((attr) => attr.name)}]`);
}

describe('HTML report with hostile names', () => {
  const PLAIN = 'Plain name';
  const baselineHtml = reportFor(PLAIN);
  const baseline = shape(baselineHtml);

  it.each(HOSTILE_STRINGS.map((value) => [JSON.stringify(value), value]))('keeps %s text only', (_label, value) => {
    const html = reportFor(value);
    expect(shape(html)).toEqual(baseline);
    // Every text of the page is the plain report's, with the name (as HTML can carry it) where the plain name was.
    const expected = textOf(parse(baselineHtml)).split(PLAIN).join(htmlRepresentable(value));
    expect(textOf(parse(html))).toBe(expected);
    expect(textOf(parse(baselineHtml)).split(PLAIN).length).toBeGreaterThan(5);
  });

  it('escapes values for double-quoted attributes as well', () => {
    for (const value of HOSTILE_STRINGS) {
      const html = `<!DOCTYPE html><p title="${escapeHtml(value)}" data-x='${escapeHtml(value)}'>x</p>`;
      const paragraph = elements(parse(html)).find((element) => element.tagName === 'p')!;
      expect(paragraph.attrs).toEqual([
        { name: 'title', value: htmlRepresentable(value) },
        { name: 'data-x', value: htmlRepresentable(value) },
      ]);
    }
  });

  it('keeps any string as text (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const html = `<!DOCTYPE html><title>${escapeHtml(value)}</title><p title="${escapeHtml(value)}">${escapeHtml(value)}</p>`;
        const all = elements(parse(html));
        expect(all.map((element) => element.tagName)).toEqual(['html', 'head', 'title', 'body', 'p']);
        expect(textOf(all[2])).toBe(htmlRepresentable(value));
        expect(textOf(all[4])).toBe(htmlRepresentable(value));
        expect(all[4].attrs).toEqual([{ name: 'title', value: htmlRepresentable(value) }]);
      }),
      { seed: 1866, numRuns: 500 },
    );
  });
});

describe('Intune JSON with hostile names', () => {
  it.each(HOSTILE_STRINGS.filter((value) => value.trim()).map((value) => [JSON.stringify(value), value]))(
    'keeps %s as the same JSON string',
    (_label, value) => {
      const text = buildIntuneProfileJson({ displayName: value, description: value });
      const parsed = JSON.parse(text);
      expect(parsed.displayName).toBe(value.trim());
      expect(parsed.description).toBe(value.trim());
      expect(parsed).toEqual(buildIntuneCustomProfile({ displayName: value, description: value }));
      expect(Object.keys(parsed)).toEqual(['@odata.type', 'displayName', 'description', 'omaSettings']);
    },
  );
});
