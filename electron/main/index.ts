/**
 * Electron main: single instance, security guards, French menu, the database key (safeStorage), the
 * backend's utility process and the window. Thin: everything with logic lives in the files it imports.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, safeStorage, session, type MessagePortMain } from 'electron';
import packageJson from '../../package.json';
import { resolveAppPaths } from './app-paths';
import { createElectronBackendHost, type BackendHost } from './backend-host';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, installContentSecurityPolicy } from './csp';
import { loadOrCreateDesktopKey } from './database-key';
import { createMainHostCapabilities } from './host-capabilities.main';
import { aboutDetail, buildMenuTemplate } from './menu';
import { applyNavigationGuards, denyAllPermissions } from './security-guards';
import { mainWindowOptions, printWindowOptions } from './window-options';

const log = (line: string) => console.error(`[guichet] ${line}`);
const version = packageJson.version;

// Development and the Electron smoke suite only: a throwaway profile and key, never in packaged builds.
const testUserData = app.isPackaged ? undefined : process.env.GUICHET_USER_DATA;
const testKeyHex = app.isPackaged ? undefined : process.env.GUICHET_TEST_KEY_HEX;
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
if (testUserData) app.setPath('userData', path.resolve(testUserData));

app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another Guichet runs on this account: it gets the focus (second-instance), this one leaves.
  app.quit();
}

function startApp(): void {
  const paths = resolveAppPaths({
    mainDir: path.dirname(fileURLToPath(import.meta.url)),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  });
  const rendererUrl = devServerUrl ?? pathToFileURL(paths.rendererIndex).href;
  let mainWindow: BrowserWindow | null = null;
  let backendHost: BackendHost<MessagePortMain> | null = null;
  let stopping = false;
  let backendStopped = false;

  const showFatal = async (title: string, detail: string) => {
    const options = { type: 'error' as const, title: 'Guichet', message: title, detail, buttons: ['Quitter'] };
    if (mainWindow && !mainWindow.isDestroyed()) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
    app.quit();
  };

  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: 'À propos de Guichet',
      message: 'Guichet',
      detail: aboutDetail(version, process.versions),
      buttons: ['Fermer'],
    };
    if (mainWindow) void dialog.showMessageBox(mainWindow, options);
    else void dialog.showMessageBox(options);
  };

  const databaseKey = (): Buffer => {
    if (testKeyHex && /^[0-9a-f]{64}$/i.test(testKeyHex)) return Buffer.from(testKeyHex, 'hex');
    return loadOrCreateDesktopKey({
      safeStorage,
      keyFile: paths.keyFile,
      databaseExists: existsSync(paths.databaseFile),
      platform: process.platform,
    });
  };

  const createMainWindow = () => {
    const window = new BrowserWindow(mainWindowOptions({ preloadPath: paths.preload, version, devTools: !app.isPackaged }));
    mainWindow = window;
    const contents = window.webContents;
    window.once('ready-to-show', () => window.show());
    // Every load (first, reload) gets a fresh port; the page's previous one died with its document.
    contents.on('did-finish-load', () => backendHost?.handOver(contents));
    contents.once('destroyed', () => backendHost?.detach(contents));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    if (devServerUrl) void window.loadURL(devServerUrl);
    else void window.loadFile(paths.rendererIndex);
  };

  const ready = async () => {
    const defaultSession = session.defaultSession;
    denyAllPermissions(defaultSession);
    installContentSecurityPolicy(defaultSession, devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform, onAbout: showAbout })),
    );

    let key: Buffer;
    try {
      key = databaseKey();
    } catch (error) {
      await showFatal('La clé de la base de données est indisponible.', error instanceof Error ? error.message : String(error));
      return;
    }

    backendHost = createElectronBackendHost({
      modulePath: paths.backendModule,
      init: { keyHex: key.toString('hex'), dataDir: paths.dataDir, migrationsFolder: paths.migrationsFolder },
      host: createMainHostCapabilities({
        createPrintWindow: () => new BrowserWindow(printWindowOptions()),
        getPrinters: async () => (mainWindow ? mainWindow.webContents.getPrintersAsync() : []),
        safeStorage,
      }),
      onFatal: (failure) => void showFatal('Guichet ne peut pas ouvrir sa base de données.', `${failure.message}\n\nCode : ${failure.code}`),
      log,
    });
    key.fill(0);
    backendHost.start();
    createMainWindow();
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => applyNavigationGuards(contents, rendererUrl, log));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    // The backend closes the database (WAL checkpoint) before the app leaves.
    if (!backendHost || backendStopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void backendHost.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      dialog.showErrorBox('Guichet n’a pas pu démarrer', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
