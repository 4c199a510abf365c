/** The modifier key people expect in shortcuts on this computer. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);
export const modifierLabel = isMac ? '⌘' : 'Ctrl';
