declare const __PACKAGE_VERSION__: string | undefined;

/**
 * The package version (set at build time from package.json).
 * @example
 * ```ts
 * console.log(`send-timescales ${version}`);
 * ```
 */
export const version: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-source';
