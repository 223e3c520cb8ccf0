// Modal dialogs: opened with the platform's own modal (focus moves in and stays in, Escape
// cancels, the rest of the page is inert), and on closing, focus goes back to what opened them.

/**
 * Shows `dialog` as a modal; the returned function, called when the dialog goes away (an
 * effect's cleanup), gives focus back to the element that had it before.
 */
export function showModal(dialog: HTMLDialogElement): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!dialog.open) dialog.showModal();
  return () => {
    // Closed first: while the modal is open, everything outside it is inert.
    if (dialog.open) dialog.close();
    if (opener?.isConnected) opener.focus();
  };
}

/** `use:modal` on a `<dialog>`: shown as a modal while it is in the page (see `showModal`). */
export function modal(dialog: HTMLDialogElement): { destroy: () => void } {
  return { destroy: showModal(dialog) };
}
