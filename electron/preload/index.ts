/**
 * The preload (sandboxed, CommonJS): tells the page it runs in the desktop app and hands it the backend's
 * MessagePort each time main sends one. Nothing else crosses into the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  BRIDGE_KEY as BridgeKey,
  DesktopBridge,
  PORT_MESSAGE as PortMessage,
  VERSION_SWITCH as VersionSwitch,
} from '../common/contract/desktop-bridge';

// Type-only imports keep the preload free of shared code at run time; the types pin the values.
const PORT_MESSAGE: typeof PortMessage = 'guichet:port';
const BRIDGE_KEY: typeof BridgeKey = 'guichet';
const VERSION_SWITCH: typeof VersionSwitch = '--guichet-version=';

const versionArgument = process.argv.find((argument) => argument.startsWith(VERSION_SWITCH));
const bridge: DesktopBridge = {
  desktop: true,
  version: versionArgument ? versionArgument.slice(VERSION_SWITCH.length) : '',
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

const page = globalThis as unknown as { postMessage(message: unknown, targetOrigin: string, transfer: unknown[]): void };
ipcRenderer.on(PORT_MESSAGE, (event) => {
  page.postMessage(PORT_MESSAGE, '*', event.ports);
});
