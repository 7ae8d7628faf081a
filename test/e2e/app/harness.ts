import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { serveRenderer, type StaticServer } from './server';

/** Screenshots, downloads and files the browser tests write. */
export const OUT = resolve(new URL('../../../test-output/e2e', import.meta.url).pathname);

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Lang = 'en' | 'nb';

/** One server and one Chromium for a test file. */
export interface Suite {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSuite(): Promise<Suite> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveRenderer();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * The app in a fresh browser context, with every console error, uncaught page error and CSP
 * violation recorded: `finish()` fails the test on any of them.
 */
export class AppPage {
  readonly problems: string[] = [];
  private shots = 0;

  private constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    private readonly suite: Suite,
    /** Prefix of this test's screenshot and download files. */
    readonly name: string,
  ) {}

  static async open(suite: Suite, name: string, { lang = 'en' as Lang } = {}): Promise<AppPage> {
    for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`)) rmSync(join(OUT, f), { force: true });
    const context = await suite.browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
      locale: lang === 'nb' ? 'nb-NO' : 'en-GB',
    });
    const page = await context.newPage();
    const app = new AppPage(page, context, suite, name);
    page.on('console', (msg) => {
      if (msg.type() === 'error') app.problems.push(`console error${msg.worker() ? ' (worker)' : ''}: ${msg.text()} @ ${msg.location().url}:${msg.location().lineNumber}`);
    });
    page.on('pageerror', (err) => app.problems.push(`page error: ${err.stack ?? err.message}`));
    page.on('crash', () => app.problems.push('page crashed'));
    await page.exposeFunction('__kapasimCspViolation', (text: string) => app.problems.push(`CSP violation: ${text}`));
    await context.addInitScript(
      ({ lang }) => {
        localStorage.setItem('kapasim.lang', lang);
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __kapasimCspViolation(text: string): void }).__kapasimCspViolation;
          report(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
        });
      },
      { lang },
    );
    await page.goto(suite.server.url);
    await page.getByTestId('scenario-editor').waitFor();
    return app;
  }

  /** The input (or distribution button) whose id is the validation path, e.g. `services.long.beds`. */
  field(path: string) {
    return this.page.locator(`[id="${path}"]`);
  }

  /** Types a value into a field as a user would: select all, type, leave the field. */
  async setField(path: string, value: string): Promise<void> {
    const input = this.field(path);
    await input.fill(value);
    await input.blur();
  }

  /** A full-page PNG of what is on screen, numbered in the order the test visits the screens. */
  async shot(screen: string): Promise<string> {
    const file = join(OUT, `${this.name}-${String(++this.shots).padStart(2, '0')}-${screen}.png`);
    // From the top, so that the sticky header is drawn where it belongs in the full-page image.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: file, fullPage: true });
    // Wide tables scroll in their own box; the page itself never scrolls sideways.
    const { scroll, client } = await this.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) this.problems.push(`the ${screen} screen scrolls sideways: ${scroll} px of content in a ${client} px window`);
    return file;
  }

  /** axe-core on the whole page; returns the serious and critical violations. */
  async axe(): Promise<AxeViolation[]> {
    // page.evaluate is not subject to the page's CSP, so axe needs no inline script.
    const injected = await this.page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
    if (!injected) await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })),
      }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  /** Fails with a readable list when axe finds a serious or critical violation on this screen. */
  async expectAccessible(screen: string): Promise<void> {
    const bad = await this.axe();
    if (bad.length > 0) {
      const text = bad
        .map((v) => `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.slice(0, 8).map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`)
        .join('\n');
      throw new Error(`axe: ${bad.length} serious/critical violation(s) on the ${screen} screen:\n${text}`);
    }
  }

  /** Does `action` and saves the download it starts under test-output/e2e; returns path and bytes. */
  async download(action: () => Promise<unknown>, timeout = 30_000): Promise<{ file: string; name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout }) as Promise<Download>, action()]);
    const name = download.suggestedFilename();
    const file = join(OUT, `${this.name}-${name}`);
    await download.saveAs(file);
    const failure = await download.failure();
    if (failure) throw new Error(`download of ${name} failed: ${failure}`);
    return { file, name, bytes: readFileSync(file) };
  }

  /** Writes a text file next to the screenshots. */
  writeOut(name: string, text: string): string {
    const file = join(OUT, `${this.name}-${name}`);
    writeFileSync(file, text);
    return file;
  }

  /**
   * Records every text `selector` shows from now on, however briefly (a quick run's progress
   * bar may live for one frame): a MutationObserver collects them in the page under `key`.
   */
  async watchTexts(selector: string): Promise<{ key: string; read(): Promise<string[]> }> {
    const key = `__kapasimWatch${Math.random().toString(36).slice(2)}`;
    await this.page.evaluate(
      ({ selector, key }) => {
        const seen: string[] = [];
        (window as unknown as Record<string, unknown>)[key] = seen;
        const look = () => {
          for (const el of document.querySelectorAll(selector)) {
            const text = (el.textContent ?? '').trim();
            if (text && seen[seen.length - 1] !== text) seen.push(text);
          }
        };
        new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        look();
      },
      { selector, key },
    );
    return { key, read: () => this.page.evaluate((key) => [...((window as unknown as Record<string, string[]>)[key] ?? [])], key) };
  }

  /** Closes the context; throws if anything went wrong in the page while the test ran. */
  async finish(): Promise<void> {
    await this.context.close();
    const problems = [...this.problems, ...this.suite.server.notFound.splice(0).map((p) => `404: ${p}`)];
    if (problems.length > 0) throw new Error(`the page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

/** Runs `body` with an AppPage and always closes it, failing on any page problem. */
export async function withApp(suite: Suite, name: string, body: (app: AppPage) => Promise<void>, options?: { lang?: Lang }): Promise<void> {
  const app = await AppPage.open(suite, name, options);
  let failed = false;
  try {
    await body(app);
  } catch (err) {
    failed = true;
    await app.shot('failure').catch(() => undefined);
    if (app.problems.length > 0) {
      const e = err instanceof Error ? err : new Error(String(err));
      e.message += `\n\nthe page also reported:\n${app.problems.join('\n')}`;
    }
    throw err;
  } finally {
    try {
      await app.finish();
    } catch (err) {
      if (!failed) throw err;
    }
  }
}
