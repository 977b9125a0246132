// Types for scripts/make-icons.js, for the tests.
export declare function drawIcons(): Array<[string, Buffer]>;
export declare function encodePng(size: number, rgba: Uint8Array): Buffer;
export declare function crc32(buf: Uint8Array): number;
