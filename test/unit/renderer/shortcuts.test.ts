import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyLike } from '../../../renderer/platform/shortcuts';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: null, ...mods };
}

function element(tagName: string, type?: string) {
  return { tagName, type, isContentEditable: false, closest: () => null } as unknown as EventTarget;
}

describe('browser edition shortcuts', () => {
  it('map to the desktop menu commands', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toBe('edit.undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }))).toBe('edit.redo');
    expect(commandForKey(key('s', { ctrlKey: true }))).toBe('file.save');
    expect(commandForKey(key('S', { metaKey: true, shiftKey: true }))).toBe('file.saveAs');
    expect(commandForKey(key('o', { ctrlKey: true }))).toBe('file.open');
    expect(commandForKey(key('F5'))).toBe('view.trainer');
    expect(commandForKey(key('z'))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leave undo to text fields but not to radios and check boxes', () => {
    expect(commandForKey(key('z', { ctrlKey: true, target: element('INPUT', 'text') }))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, target: element('TEXTAREA') }))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, target: element('INPUT', 'radio') }))).toBe('edit.undo');
    expect(commandForKey(key('z', { ctrlKey: true, target: element('BUTTON') }))).toBe('edit.undo');
    // Saving still works while typing.
    expect(commandForKey(key('s', { ctrlKey: true, target: element('INPUT', 'text') }))).toBe('file.save');
  });
});
