import './setup';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('no.kapasim.app');
    expect(config.productName).toBe('Kapasim');
  });

  it('builds NSIS for Windows, DMG for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('packs the bundles into an asar, starting at the bundled main', () => {
    expect(config.asar).toBe(true);
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/**/*', '!node_modules/**/*']));
  });

  it('associates the three Kapasim file kinds', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['kapasim.json', 'kapasim-study.json', 'kapasim-run.json']);
    for (const a of config.fileAssociations) expect(a.name).toMatch(/^Kapasim /);
  });

  it('turns off run-as-node and NODE_OPTIONS (and the other fuses an app does not need)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("is valid for the installed electron-builder (its own schema check)", async () => {
    // app-builder-lib is electron-builder's engine; its validator is what `electron-builder` runs first.
    const require = createRequire(import.meta.url);
    const builderDir = require.resolve('electron-builder/package.json');
    const { validateConfiguration } = createRequire(builderDir)('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, log: unknown): Promise<void> };
    const { DebugLogger } = createRequire(builderDir)('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: 1 }, new DebugLogger(false))).rejects.toThrow(/unknown property 'notAnOption'/);
  });
});
