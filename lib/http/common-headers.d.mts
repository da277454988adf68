// Types of common-headers.mjs for TypeScript callers.
export declare const COMMON_HEADERS: readonly (readonly [string, string])[];
export declare const FRAMEABLE_PATH: string;
export declare const FRAME_REFUSAL: readonly [string, string];
