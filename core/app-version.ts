import packageJson from '../package.json';

/** The version the summary files name as their maker; bundled from package.json at build time. */
export const appVersion: string = packageJson.version;
