// Where a field's value came from reads in the reader's language: the importer's and the fleet's standard notes are
// worded by the app; notes naming a column or an endpoint stay as written.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n/index';
import { provenanceNoteText } from '../../../renderer/ui/provenance-note';
import { FLEET_NOTES } from '../../../simulator/fleet';
import { DEFAULT_NOTE, NOT_IN_GRAPH, NOT_SET_BY_INTUNE } from '../../../simulator/import/index';

afterEach(() => void i18n().changeLanguage('en-US'));

describe('provenance notes', () => {
  it('word the standard notes in Dutch', async () => {
    await i18n().changeLanguage('nl-NL');
    const t = i18n().t;
    const notes = [NOT_IN_GRAPH, NOT_SET_BY_INTUNE, DEFAULT_NOTE, ...Object.values(FLEET_NOTES)];
    const texts = notes.map((note) => provenanceNoteText(t, 'device.settings.NoLockScreen', note));
    texts.forEach((text, index) => expect(text, notes[index]).not.toBe(notes[index]));
    expect(texts).toContain('Vlootsjabloon');
    expect(new Set(texts).size).toBe(notes.length);
  });

  it('keep a note that names a column or an endpoint as written, and nothing for no note', () => {
    const note = 'OS version (Intune admin center › Devices › All devices › Export)';
    expect(provenanceNoteText(i18n().t, 'device.os.build', note)).toBe(note);
    expect(provenanceNoteText(i18n().t, 'device.os.build', undefined)).toBe('');
  });
});
