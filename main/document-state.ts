// What main knows about the open document: its file, whether it has unsaved changes, and which paths the user
// granted through a native dialog (the renderer may only save back to those).
import path from 'node:path';

export const PRODUCT_NAME = 'SSPR Preview';

export class DocumentState {
  fileName: string | null = null;
  dirty = false;
  /** Set while a close waits for the renderer's save to finish. */
  closeAfterSave = false;
  private readonly grantedPaths = new Set<string>();

  /** Paths picked in an open/save dialog or from the recent list may be written without asking again. */
  grant(filePath: string): void {
    this.grantedPaths.add(path.resolve(filePath));
  }

  isGranted(filePath: string): boolean {
    return this.grantedPaths.has(path.resolve(filePath));
  }

  update(state: { fileName: string | null; dirty: boolean }): void {
    // The renderer reports a display name; keep only the last path segment so a title can't be spoofed with a path.
    this.fileName = state.fileName ? path.basename(state.fileName.replace(/\\/g, '/')) : null;
    this.dirty = state.dirty;
  }

  title(): string {
    // "*name" marks unsaved changes, as Notepad and most Windows editors do.
    return `${this.dirty ? '*' : ''}${this.fileName ?? 'Untitled'} — ${PRODUCT_NAME}`;
  }
}
