import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));

describe('application menu', () => {
  it('is in French: Fichier, Édition, Affichage, Aide', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => undefined });
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const labels = items(template).map((item) => item.label).filter(Boolean);
    expect(labels).toEqual(
      expect.arrayContaining(['Quitter', 'Recharger', 'Zoom avant', 'Zoom arrière', 'Réinitialiser le zoom', 'Plein écran', 'À propos de Guichet']),
    );
  });

  it('has no developer tools in packaged builds, and has them in development', () => {
    const roles = (isPackaged: boolean) =>
      items(buildMenuTemplate({ isPackaged, platform: 'linux', onAbout: () => undefined })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('opens the about dialog from Aide', () => {
    const onAbout = vi.fn();
    const help = buildMenuTemplate({ isPackaged: true, platform: 'linux', onAbout }).find((menu) => menu.label === 'Aide');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    about?.click?.(undefined as never, undefined as never, undefined as never);
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
