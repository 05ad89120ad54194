// Kassavakt's own version, from package.json (bundled at build time): for build_info and the installer.
import packageJson from '../../package.json' with { type: 'json' };

export const KASSAVAKT_VERSION: string = packageJson.version;
