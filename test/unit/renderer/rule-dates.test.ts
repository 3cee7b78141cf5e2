// Rule dates in the verdict and the era screen: "first documented July 2018; field reports from July 2, 2018",
// in the app's language.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, i18n } from '../../../renderer/i18n/index';
import { documentedInEra, formatDocDate, ruleDatesText } from '../../../renderer/features/verdict/RuleDates';
import { ruleById } from '../../../simulator/index';

describe('rule dates', () => {
  it('formats documentation by month and field reports by day, per locale', () => {
    expect(formatDocDate('2018-07-11', 'en-US', true)).toBe('July 2018');
    expect(formatDocDate('2018-07-02', 'en-US', false)).toBe('July 2, 2018');
    expect(formatDocDate('2018-07-02', 'nl-NL', false)).toBe('2 juli 2018');
    expect(formatDocDate('2021-08', 'nl-NL', false)).toBe('augustus 2021');
    expect(formatDocDate('2018', 'en-US', false)).toBe('2018');
  });

  it('writes the line in English and Dutch', async () => {
    const noLock = ruleById('R-NOLOCK')!;
    await i18n().changeLanguage('en-US');
    expect(ruleDatesText(noLock, i18n().t, 'en-US')).toBe(
      'first documented July 2018; field reports from July 2, 2018',
    );
    await i18n().changeLanguage('nl-NL');
    expect(ruleDatesText(noLock, i18n().t, 'nl-NL')).toBe(
      'voor het eerst gedocumenteerd in juli 2018; praktijkmeldingen vanaf 2 juli 2018',
    );
    expect(ruleDatesText(ruleById('R-UAC')!, i18n().t, 'nl-NL')).toBe(
      'voor het eerst gedocumenteerd tussen november 2019 en maart 2020; praktijkmeldingen vanaf 14 oktober 2019',
    );
    expect(ruleDatesText(ruleById('R-LOGONRIGHT')!, i18n().t, 'nl-NL')).toBe(
      'niet in de documentatie van Microsoft; praktijkmeldingen vanaf 16 september 2020',
    );
    await i18n().changeLanguage('en-US');
    expect(CATALOGUES['nl-NL'].ruleDates.title.length).toBeGreaterThan(0);
  });

  it('says whether an era already documented the rule', () => {
    expect(documentedInEra(ruleById('R-SMARTCARD')!.firstDocumented, '2021-02')).toBe('no');
    expect(documentedInEra(ruleById('R-SMARTCARD')!.firstDocumented, '2023-09')).toBe('yes');
    expect(documentedInEra(ruleById('R-UAC')!.firstDocumented, '2019-02')).toBe('no');
    expect(documentedInEra(ruleById('R-UAC')!.firstDocumented, '2020-07')).toBe('yes');
    expect(documentedInEra(ruleById('R-LOGONRIGHT')!.firstDocumented, 'current')).toBe('no');
    expect(documentedInEra(ruleById('R-NOLOCK')!.firstDocumented, 'current')).toBe('yes');
  });
});
