// Types of chromium.mjs (plain JavaScript so that test/run-all.mjs can use it without a build step).
export declare const HOW_TO_GET_ONE: string;
export declare function findChromium(): string | null;
export declare function ensureChromium(options?: { log?: (line: string) => void }): string;
export declare function chromiumVersion(path: string): string;
