// Types of docs/guide/build-html.mjs, for the tests that import it.
export declare const ROOT: string;
export declare const OUT: string;
export declare const LANGS: string[];
export declare const GUIDE_CSS: string;
export declare function slug(text: string): string;
export declare function inline(text: string): string;
export declare function renderMarkdown(md: string): { html: string; headings: { level: number; id: string; text: string }[] };
export declare function renderGuidePage(md: string, lang: string): string;
export declare function build(): void;
