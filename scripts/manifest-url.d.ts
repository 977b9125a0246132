// Types for scripts/manifest-url.js (plain CommonJS, so webpack.config.js can require it), for the tests.
export declare const DEV_URL: string;
export declare const DEFAULT_ADDIN_URL: string;
export declare function normaliseBaseUrl(raw: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl?: string): string;
export declare function addinUrlFromEnv(env?: Record<string, string | undefined>): string;
