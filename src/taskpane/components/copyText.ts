/* Copying a text the pane shows (the paragraph for the paper, the diagnostics). */

export type CopyOutcome = "copied" | "selected";

/**
 * Puts the text on the clipboard; where the page may not (an add-in's frame without clipboard
 * permission, an old browser), selects it on the page instead, so Ctrl+C copies it.
 */
export async function copyText(text: string, element: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Refused: select it instead.
  }
  if (element) window.getSelection()?.selectAllChildren(element);
  try {
    if (element && typeof document.execCommand === "function" && document.execCommand("copy")) return "copied";
  } catch {
    // No copy command either: the selection stays for Ctrl+C.
  }
  return "selected";
}
