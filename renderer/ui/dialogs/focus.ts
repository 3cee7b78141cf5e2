// Dialogs opened from a menu item: the item is gone when the dialog closes, so focus goes back to the menu's button
// (keyboard users continue where they were instead of at the top of the page).
export function focusHelpButton(): void {
  if (typeof document === 'undefined') return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="menu-help"]')?.focus());
}
