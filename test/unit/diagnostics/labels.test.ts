// Every code the readers can produce has words in both languages: warnings, refusals, notes, resolutions, sources,
// and a label for every input they can set.
import { describe, expect, it } from 'vitest';
import { DEVICE_OBSERVABLE_PATHS, RESOLUTION_TEXT } from '../../../simulator/diagnostics';
import { COLLECT_COMMANDS } from '../../../renderer/features/diagnostics/collect-commands';
import { diagnosticsEnUS } from '../../../renderer/features/diagnostics/i18n-en-US';
import { diagnosticsNlNL } from '../../../renderer/features/diagnostics/i18n-nl-NL';
import { FIELD_KEYS } from '../../../renderer/features/diagnostics/labels';

const WARNING_CODES = [
  'unrecognizedLine',
  'unrecognizedValue',
  'unknownLabel',
  'truncated',
  'missingSection',
  'duplicate',
  'wrongType',
  'unrelatedKeys',
  'otherOs',
  'remoteSession',
  'notInUserContext',
  'xmlRefused',
  'xmlInvalid',
  'noFacts',
  'ambiguousJoin',
  'valueIgnored',
  'differentDevices',
  'noUserRights',
  'notUsersFolder',
  'moreWarnings',
];
const REJECTIONS = [
  'too-large',
  'binary',
  'invalid-encoding',
  'unrecognized',
  'empty',
  'noFacts',
  'unreadable',
  'tooMany',
  'scenarioFile',
];
const NOTES = [
  'joinTable',
  'onPremisesDrsJoined',
  'familyFromBuild',
  'productNameSaysWindows10',
  'editionFromEditionId',
  'customShellFromWinlogon',
  'canResetImpliesConsent',
  'hasPinOfCollectingUser',
  'notConfiguredDefault',
  'rightAssignedToNobody',
  'joinUndecided',
];

describe('diagnostics catalogue', () => {
  for (const [language, catalogue] of [
    ['en-US', diagnosticsEnUS],
    ['nl-NL', diagnosticsNlNL],
  ] as const) {
    it(`${language}: has words for every code and input`, () => {
      expect(WARNING_CODES.filter((code) => !(code in catalogue.warning))).toEqual([]);
      expect(REJECTIONS.filter((code) => !(code in catalogue.rejected))).toEqual([]);
      expect(NOTES.filter((code) => !(code in catalogue.note))).toEqual([]);
      expect(Object.keys(RESOLUTION_TEXT).filter((code) => !(code in catalogue.resolution))).toEqual([]);
      expect(COLLECT_COMMANDS.filter((item) => !(item.id in catalogue.collect)).map((item) => item.id)).toEqual([]);
      const fields = catalogue.field as Record<string, string>;
      const missing = DEVICE_OBSERVABLE_PATHS.filter((path) => {
        const key = FIELD_KEYS[path]?.replace('diagnostics.field.', '');
        return !key || !fields[key];
      });
      expect(missing).toEqual([]);
    });
  }
});
