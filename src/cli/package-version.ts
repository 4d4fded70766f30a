import packageJson from '../../package.json' with { type: 'json' }

/** The package's version, bundled from package.json so the installed CLI needs no file beside it. */
export const PACKAGE_VERSION: string = packageJson.version
