// Input problems worded in the app's language from their descriptors: Dutch and English sentences, numbers and lists
// in the language's own style, values and paths as written, and the English text when a descriptor is unknown.
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  parseScenarioBytes,
  parseScenarioJson,
  type InputProblem,
  type ParseResult,
} from '../../../simulator/index';
import { screenText } from '../../../renderer/i18n/index';
import { parseScript } from '../../../renderer/features/trainer/script';
import { expectedText, foundText, pathText, problemLine, type ProblemWords } from '../../../renderer/ui/problem-text';

const dutch: ProblemWords = { t: screenText('nl-NL'), language: 'nl-NL' };
const english: ProblemWords = { t: screenText('en-US'), language: 'en-US' };

function problemAt(result: ParseResult, at: string): InputProblem {
  if (result.ok) throw new Error('expected the input to be rejected');
  const found = result.problems.find((item) => item.path === at);
  if (!found) throw new Error(`no problem at ${at}; got ${result.problems.map((item) => item.path).join(', ')}`);
  return found;
}

const both = (problem: InputProblem) => ({
  nl: [expectedText(dutch, problem), foundText(dutch, problem)],
  en: [expectedText(english, problem), foundText(english, problem)],
});

describe('problems in Dutch and English', () => {
  it('a wrong type, "unknown" allowed, the value as written', () => {
    const item = problemAt(parseScenario({ device: { os: { build: 'sixteen' } } }), 'device.os.build');
    expect(both(item)).toEqual({
      nl: ['een getal of "unknown"', '"sixteen"'],
      en: ['a number or "unknown"', '"sixteen"'],
    });
    expect(problemLine(dutch, item)).toBe('device.os.build: verwacht een getal of "unknown", gevonden "sixteen"');
  });

  it('whole numbers and true/false', () => {
    expect(expectedText(dutch, problemAt(parseScenario({ device: { os: { build: 1.5 } } }), 'device.os.build'))).toBe(
      'een geheel getal of "unknown"',
    );
    expect(expectedText(dutch, problemAt(parseScenario({ user: { adminRole: 'yes' } }), 'user.adminRole'))).toBe(
      'een ja/nee-waarde (true of false) of "unknown"',
    );
  });

  it('allowed values: one list, "unknown" in it, the values untranslated', () => {
    const item = problemAt(parseScenario({ device: { joinState: 'azureAdJoined' } }), 'device.joinState');
    expect(expectedText(dutch, item)).toBe(
      'een van "entraJoined", "hybridJoined", "registered", "adDomainOnly", "workgroup" of "unknown"',
    );
    expect(expectedText(english, item)).toBe(
      'one of "entraJoined", "hybridJoined", "registered", "adDomainOnly", "workgroup", or "unknown"',
    );
    const flag = problemAt(
      parseScenario({ device: { settings: { NoLockScreen: true } } }),
      'device.settings.NoLockScreen',
    );
    expect(both(flag)).toEqual({
      nl: ['een van 0, 1 of "unknown"', 'true'],
      en: ['one of 0, 1, or "unknown"', 'true'],
    });
  });

  it('limits: numbers, characters and items', () => {
    expect(expectedText(dutch, problemAt(parseScenario({ device: { os: { build: -1 } } }), 'device.os.build'))).toBe(
      '0 of meer',
    );
    const high = problemAt(
      parseScenario({ tenant: { sspr: { questionsToReset: 7 } } }),
      'tenant.sspr.questionsToReset',
    );
    expect(both(high)).toEqual({ nl: ['5 of minder', '7'], en: ['5 or less', '7'] });
    const empty = problemAt(
      parseScenario({ device: { settings: { AllowLogOnLocally: [''] } } }),
      'device.settings.AllowLogOnLocally[0]',
    );
    expect(expectedText(dutch, empty)).toBe('ten minste 1 teken');
    const slides = { expected: '', found: '', expectedAs: { kind: 'atLeast', limit: 3, of: 'items' } } as const;
    expect(expectedText(dutch, slides)).toBe('ten minste 3 items');
    expect(expectedText(english, { ...slides, expectedAs: { kind: 'atMost', limit: 1, of: 'items' } })).toBe(
      'at most 1 item',
    );
  });

  it('an unknown field, and what it holds', () => {
    const item = problemAt(parseScenario({ tennant: {} }), 'tennant');
    expect(both(item)).toEqual({
      nl: ['geen veld met deze naam (controleer de spelling)', 'een object'],
      en: ['no such field (check the spelling)', 'an object'],
    });
    expect(foundText(dutch, problemAt(parseScenario({ session: { kind: [1, 2, 3] } }), 'session.kind'))).toBe(
      'een lijst van 3 items',
    );
    const missing = problemAt(
      parseScenario({ policies: { passwordReset: [{ kind: 'omaUri', dataType: 'Integer', value: 1 }] } }),
      'policies.passwordReset[0].omaUri',
    );
    expect(foundText(dutch, missing)).toBe('niets');
    expect(foundText(dutch, problemAt(parseScenario({ session: { kind: null } }), 'session.kind'))).toBe('null');
  });

  it('input limits with the language’s own digit grouping', () => {
    const long = problemAt(
      parseScenario({ policies: { passwordReset: Array(1_001).fill({}) } }),
      'policies.passwordReset',
    );
    expect(both(long)).toEqual({
      nl: ['een lijst met maximaal 1.000 items', 'een lijst van 1.001 items'],
      en: ['a list of at most 1,000 items', 'a list of 1,001 items'],
    });
    const huge = problemAt(parseScenarioJson('{"device":{"os":{"build":1e309}}}'), 'device.os.build');
    expect(both(huge).nl).toEqual(['een getal dat in JSON past', 'een getal dat te groot is']);
    const wide = { user: Object.fromEntries(Array.from({ length: 25_000 }, (_, index) => [`k${index}`, index])) };
    const values = problemAt(parseScenario(wide), '(root)');
    expect(both(values).nl).toEqual(['een scenario met maximaal 20.000 waarden', 'meer waarden']);
    expect(pathText(dutch, values.path)).toBe('Het hele scenario');
  });

  it('the file as a whole: size, encoding and JSON', () => {
    const large = problemAt(
      parseScenarioBytes(new Uint8Array(5 * 1024 * 1024 + 1), { size: 5.25 * 1024 * 1024 }),
      '(file)',
    );
    expect(both(large)).toEqual({
      nl: ['een scenariobestand van maximaal 5 MB', '5,3 MB'],
      en: ['a scenario file of at most 5 MB', '5.3 MB'],
    });
    const cut = problemAt(parseScenarioBytes(new Uint8Array(5 * 1024 * 1024 + 1), { complete: false }), '(file)');
    expect(foundText(dutch, cut)).toBe('meer dan 5 MB');
    const binary = problemAt(parseScenarioBytes(Uint8Array.from([0x7b, 0, 1, 2, 3, 0x7d])), '(file)');
    expect(both(binary).nl).toEqual(['een JSON-tekstbestand (UTF-8 of UTF-16)', 'een binair bestand']);
    const token = problemAt(parseScenarioJson('{ "a": nope }'), '(file)');
    expect(both(token).nl).toEqual(['geldige JSON', 'een onverwacht teken "o" in { "a": nope }']);
    expect(foundText(dutch, problemAt(parseScenarioJson('{"a":'), '(file)'))).toBe(
      'de tekst houdt midden in de JSON op',
    );
    expect(pathText(dutch, '(file)')).toBe('Het bestand');
    const at = { expected: '', found: '', foundAs: { kind: 'syntaxError', detail: 'x', line: 3, column: 7 } } as const;
    expect(foundText(dutch, at)).toBe('een syntaxisfout op regel 3, kolom 7');
  });

  it('errors from the system and the recent files list', () => {
    const base = { expected: 'a readable file', found: 'ENOENT: no such file' };
    expect(foundText(dutch, { ...base, foundAs: { kind: 'systemError', code: 'notFound', detail: base.found } })).toBe(
      'geen bestand op deze locatie',
    );
    expect(expectedText(dutch, { ...base, expectedAs: { kind: 'file', need: 'recentFile' } })).toBe(
      'een bestand uit Bestand › Recent geopend',
    );
  });

  it('a trainer script that does not load, in the trainer’s language', () => {
    const script = JSON.stringify({
      format: 'sspr-preview.trainer-script',
      version: 1,
      title: 'x',
      slides: [{ scenario: { user: { adminRole: 'yes' } }, options: {}, flow: 'password', step: 'lock' }],
    });
    const result = parseScript(script);
    if (result.ok) throw new Error('expected the script to be rejected');
    expect(problemLine(dutch, result.detail)).toBe(
      'slides[0].scenario.user.adminRole: verwacht een ja/nee-waarde (true of false) of "unknown", gevonden "yes"',
    );
    const broken = parseScript('{ "format": ');
    if (broken.ok) throw new Error('expected the script to be rejected');
    expect(problemLine(dutch, broken.detail)).toBe(
      'Het bestand: verwacht geldige JSON, gevonden de tekst houdt midden in de JSON op',
    );
  });

  it('paths stay as written; an empty key is named', () => {
    expect(pathText(dutch, 'policies.passwordReset[0].dataType')).toBe('policies.passwordReset[0].dataType');
    expect(pathText(dutch, 'user.(a key with an empty name)')).toBe('user.(een sleutel zonder naam)');
  });

  it('falls back to the English text for a problem without descriptors or with one it does not know', () => {
    const plain = { expected: 'something new', found: 'something else' };
    expect([expectedText(dutch, plain), foundText(dutch, plain)]).toEqual(['something new', 'something else']);
    const future = {
      ...plain,
      expectedAs: { kind: 'fromAFutureVersion' },
      foundAs: { kind: 'fromAFutureVersion' },
    } as unknown as InputProblem;
    expect([expectedText(dutch, future), foundText(dutch, future)]).toEqual(['something new', 'something else']);
    const nested: Pick<InputProblem, 'expected' | 'found' | 'expectedAs'> = {
      ...plain,
      expectedAs: { kind: 'anyOf', options: [{ kind: 'text' }] },
    };
    expect(expectedText(dutch, nested)).toBe('something new');
  });
});
