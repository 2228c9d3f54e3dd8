import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Shows the "À propos de Guichet" dialog. */
  onAbout(): void;
}

/**
 * The application menu, in French. Developer tools only outside packaged builds. Pure: returns the template
 * for Menu.buildFromTemplate.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'À propos de Guichet', click: () => options.onAbout() };
  const quit: MenuItemConstructorOptions = { label: 'Quitter', role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  const view: MenuItemConstructorOptions[] = [
    { label: 'Recharger', role: 'reload' },
    { type: 'separator' },
    { label: 'Zoom avant', role: 'zoomIn' },
    { label: 'Zoom arrière', role: 'zoomOut' },
    { label: 'Réinitialiser le zoom', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Plein écran', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { label: 'Outils de développement', role: 'toggleDevTools' });
  }

  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') {
    template.push({ label: 'Guichet', submenu: [about, { type: 'separator' }, { label: 'Masquer Guichet', role: 'hide' }, quit] });
  }
  template.push(
    { label: 'Fichier', submenu: [quit] },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    { label: 'Affichage', submenu: view },
    { label: 'Aide', role: 'help', submenu: [about] },
  );
  return template;
}

/** Text of the "À propos" dialog. */
export function aboutDetail(version: string, versions: { electron?: string; chrome?: string; node?: string }): string {
  return [
    `Version ${version}`,
    'Le guichet du Pass Numérique : carnets, ateliers, émargement et bilans.',
    `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node.js ${versions.node ?? '?'}`,
  ].join('\n');
}
