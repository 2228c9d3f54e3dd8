import type { DesktopWindow } from '../../../electron/common/contract/desktop-bridge';

export { PORT_MESSAGE } from '../../../electron/common/contract/desktop-bridge';

/** True inside the Electron window, where the preload exposed `window.guichet`. */
export function isDesktop(win: Window = window): boolean {
  return (win as unknown as DesktopWindow).guichet?.desktop === true;
}
