// Menus opened from a button (the reference menu of the prose editor, Help in the top bar):
// their items, and the arrow keys moving between them, round from the last to the first.

/** The menu items (`role="menuitem"`) inside `container`. */
export function menuItems(container: HTMLElement | undefined): HTMLElement[] {
  return [...(container?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** ArrowDown and ArrowUp move the focus to the next or previous item; true when the key was one of them. */
export function moveInMenu(container: HTMLElement | undefined, event: KeyboardEvent): boolean {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return false;
  const items = menuItems(container);
  if (items.length === 0) return false;
  event.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = event.key === "ArrowDown" ? (at + 1) % items.length : at <= 0 ? items.length - 1 : at - 1;
  items[next]?.focus();
  return true;
}
