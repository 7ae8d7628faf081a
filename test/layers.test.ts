import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The folder rules of DEVELOPERS.md, read off every import in the source: sim/ is pure (no Node
// API, nothing from other folders); the renderer takes sim/ only through its public index and
// nothing from electron/; electron/ takes no React and nothing of the model.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(join(ROOT, folder));
  return out;
}

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
  /** For a relative import, the path it names from the repository root (no extension). */
  target: string | null;
}

function imports(folder: string): Import[] {
  return sources(folder).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found: Import[] = [];
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[3]!;
      const target = spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : null;
      found.push({ file: relative(ROOT, file), spec, typeOnly: m[2] !== undefined, target });
    }
    // import.meta.url workers and dynamic imports name modules too.
    for (const m of text.matchAll(/(?:new URL|import)\(\s*['"](\.[^'"]+)['"]/g)) {
      found.push({ file: relative(ROOT, file), spec: m[1]!, typeOnly: false, target: relative(ROOT, resolve(dirname(file), m[1]!)) });
    }
    return found;
  });
}

const inside = (target: string | null, folder: string) => target !== null && (target === folder || target.startsWith(`${folder}/`));
const show = (xs: Import[]) => xs.map((i) => `${i.file}: '${i.spec}'`);

describe('folder rules', () => {
  it('sim/ imports only sim/ and its pure packages: no Node API, no other folder', () => {
    const all = imports('sim');
    expect(all.length).toBeGreaterThan(100);
    const bad = all.filter((i) => (i.target !== null ? !inside(i.target, 'sim') : !/^(seedrandom|simple-statistics|@noble\/hashes\/)/.test(i.spec)));
    expect(show(bad)).toEqual([]);
  });

  it('renderer/ takes sim/ only through its public index, and nothing from electron/', () => {
    const all = imports('renderer');
    const sim = all.filter((i) => inside(i.target, 'sim'));
    expect(sim.length).toBeGreaterThan(50);
    expect(show(sim.filter((i) => i.target !== 'sim' && i.target !== 'sim/index'))).toEqual([]);
    expect(show(all.filter((i) => inside(i.target, 'electron') || i.spec === 'electron'))).toEqual([]);
  });

  it('electron/ takes no React and nothing of the model; of the renderer only the desktop API types', () => {
    const all = imports('electron');
    expect(show(all.filter((i) => /^react(-dom)?(\/|$)/.test(i.spec) || inside(i.target, 'sim')))).toEqual([]);
    expect(show(all.filter((i) => inside(i.target, 'renderer') && !(i.typeOnly && i.target === 'renderer/desktop/api')))).toEqual([]);
  });
});
