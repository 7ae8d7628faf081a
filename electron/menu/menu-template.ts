/**
 * The native menu as data: File, Edit, View, Run and Help (plus the app menu on macOS).
 * Items that act on the document send a MenuCommand to the page, which owns the document and
 * its undo history; the rest are roles (clipboard, zoom, full screen) or main's own (recent
 * files, documentation, About).
 */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { ExampleId, MenuCommand } from '../../renderer/desktop/api';

/** File > Open Example: the shipped scenarios, in the page's order (the page opens them; names in English like the rest of the menu). */
const EXAMPLE_LABELS: Record<ExampleId, string> = {
  default: '&Default: a Mid-Sized Health Trust',
  'fewer-beds': '&Fewer Beds, Stronger Outpatient Care',
  norway: 'All of &Norway',
  mmc: '&M/M/c Queueing Check',
};

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Recent files, most recent first. */
  recent: readonly string[];
  /** Development builds get the developer tools item. */
  devTools: boolean;
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  openDocs(): void;
  showAbout(): void;
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const send = (command: MenuCommand) => () => ctx.command(command);

  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : ctx.recent.map((path, i) => ({
          // Underlined numbers for keyboard access; '&' in names doubled so it is not taken as one.
          label: `${i < 9 ? `&${i + 1} ` : ''}${basename(path).replace(/&/g, '&&')}`,
          toolTip: path,
          click: () => ctx.openRecent(path),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
      { label: 'Open &Example', submenu: (Object.keys(EXAMPLE_LABELS) as ExampleId[]).map((id) => ({ label: EXAMPLE_LABELS[id], click: send(`example:${id}`) })) },
      { label: 'Open &Recent', submenu: [...recentItems, { type: 'separator' }, { label: '&Clear Recent', enabled: ctx.recent.length > 0, click: ctx.clearRecent }] },
      { type: 'separator' },
      { label: '&Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: 'Save &As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('saveAs') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The page's own undo history (scenario edits), not the text field's.
      { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: '&Scenario', accelerator: 'CmdOrCtrl+1', click: send('showScenario') },
      { label: '&Results', accelerator: 'CmdOrCtrl+2', click: send('showResults') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const run: MenuItemConstructorOptions = {
    label: '&Run',
    submenu: [
      { label: '&Run Simulation', accelerator: 'CmdOrCtrl+Enter', click: send('run') },
      // Esc is the page's key (it must still reach text fields and dialogs): shown, not registered.
      { label: '&Cancel Run', accelerator: 'Esc', registerAccelerator: false, click: send('cancel') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: `${ctx.appName} &Documentation`, click: ctx.openDocs }, ...(mac ? [] : [{ type: 'separator' } as const, { label: `&About ${ctx.appName}`, click: ctx.showAbout }])],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      { label: `About ${ctx.appName}`, click: ctx.showAbout },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, run, help];
}

/** The text of the About box. */
export function aboutText(info: { appName: string; version: string; versions: Partial<Record<'electron' | 'chrome' | 'node', string>> }): { message: string; detail: string } {
  const { electron, chrome, node } = info.versions;
  return {
    message: `${info.appName} ${info.version}`,
    detail: [`Capacity simulation for substance-use treatment (TSB).`, '', `Electron ${electron ?? '?'} · Chromium ${chrome ?? '?'} · Node ${node ?? '?'}`].join('\n'),
  };
}
