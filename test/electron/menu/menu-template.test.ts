import '../setup';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutText, buildMenuTemplate, type MenuContext } from '../../../electron/menu/menu-template';

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform: 'linux',
    appName: 'Kapasim',
    recent: [],
    devTools: false,
    command: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    openDocs: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
}

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], top: string, label: string) => items(template.find((m) => m.label === top)).find((i) => i.label === label || i.role === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View, Run and Help (and the app menu first on macOS)', () => {
    expect(buildMenuTemplate(context()).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Run', '&Help']);
    expect(buildMenuTemplate(context({ platform: 'darwin' })).map((m) => m.label)).toEqual(['Kapasim', '&File', '&Edit', '&View', '&Run', '&Help']);
  });

  it('has the usual accelerators, each sending its command to the page', () => {
    const ctx = context();
    const t = buildMenuTemplate(ctx);
    const expected: [string, string, string, string][] = [
      ['&File', '&Open…', 'CmdOrCtrl+O', 'open'],
      ['&File', '&Save', 'CmdOrCtrl+S', 'save'],
      ['&File', 'Save &As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
      ['&Edit', '&Undo', 'CmdOrCtrl+Z', 'undo'],
      ['&Edit', '&Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
      ['&View', '&Scenario', 'CmdOrCtrl+1', 'showScenario'],
      ['&View', '&Results', 'CmdOrCtrl+2', 'showResults'],
      ['&Run', '&Run Simulation', 'CmdOrCtrl+Enter', 'run'],
      ['&Run', '&Cancel Run', 'Esc', 'cancel'],
    ];
    for (const [top, label, accelerator, command] of expected) {
      const item = find(t, top, label);
      expect(item?.accelerator, label).toBe(accelerator);
      click(item);
      expect(ctx.command).toHaveBeenLastCalledWith(command);
    }
    // Esc belongs to the page (text fields, dialogs): shown in the menu, not grabbed by it.
    expect(find(t, '&Run', '&Cancel Run')?.registerAccelerator).toBe(false);
  });

  it('File > Open Example lists the shipped examples, each sending its example command to the page', () => {
    const ctx = context();
    const examples = items(find(buildMenuTemplate(ctx), '&File', 'Open &Example'));
    expect(examples.map((i) => i.label)).toEqual(['&Default: a Mid-Sized Health Trust', '&Fewer Beds, Stronger Outpatient Care', 'All of &Norway', '&M/M/c Queueing Check']);
    const sent = examples.map((item) => {
      click(item);
      return vi.mocked(ctx.command).mock.lastCall?.[0];
    });
    expect(sent).toEqual(['example:default', 'example:fewer-beds', 'example:norway', 'example:mmc']);
  });

  it('has clipboard, zoom and full-screen roles, and developer tools only in development', () => {
    const t = buildMenuTemplate(context());
    for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(find(t, '&Edit', role)).toBeTruthy();
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) expect(find(t, '&View', role)).toBeTruthy();
    expect(find(t, '&View', 'toggleDevTools')).toBeUndefined();
    expect(find(buildMenuTemplate(context({ devTools: true })), '&View', 'toggleDevTools')).toBeTruthy();
    expect(find(t, '&File', 'quit')).toBeTruthy();
    expect(find(buildMenuTemplate(context({ platform: 'darwin' })), '&File', 'close')).toBeTruthy();
  });

  it('lists recent files under Open Recent, opens them, and can clear the list', () => {
    const ctx = context({ recent: ['/plans/a.kapasim.json', '/plans/R&D.kapasim-study.json'] });
    const recent = items(find(buildMenuTemplate(ctx), '&File', 'Open &Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual(['&1 a.kapasim.json', '&2 R&&D.kapasim-study.json', 'separator', '&Clear Recent']);
    click(recent[1]);
    expect(ctx.openRecent).toHaveBeenCalledWith('/plans/R&D.kapasim-study.json');
    click(recent[3]);
    expect(ctx.clearRecent).toHaveBeenCalled();

    const empty = items(find(buildMenuTemplate(context()), '&File', 'Open &Recent'));
    expect(empty[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(empty.at(-1)).toMatchObject({ label: '&Clear Recent', enabled: false });
  });

  it('Help opens the documentation and About (in the app menu on macOS)', () => {
    const ctx = context();
    const t = buildMenuTemplate(ctx);
    click(find(t, '&Help', 'Kapasim &Documentation'));
    expect(ctx.openDocs).toHaveBeenCalled();
    click(find(t, '&Help', '&About Kapasim'));
    expect(ctx.showAbout).toHaveBeenCalled();
    const mac = buildMenuTemplate(context({ platform: 'darwin' }));
    expect(find(mac, '&Help', '&About Kapasim')).toBeUndefined();
    expect(find(mac, 'Kapasim', 'About Kapasim')).toBeTruthy();
  });

  it('About shows the version', () => {
    const about = aboutText({ appName: 'Kapasim', version: '0.1.0', versions: { electron: '45.4.1', chrome: '140.0', node: '22.19.0' } });
    expect(about.message).toBe('Kapasim 0.1.0');
    expect(about.detail).toContain('Electron 45.4.1');
  });
});
