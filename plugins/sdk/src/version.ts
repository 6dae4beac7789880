import semver from 'semver';

/** Version of this SDK package. */
export const SDK_VERSION = '1.0.0';

/**
 * Version of the plugin API that Rapport core implements. A plugin's
 * `compatibility` range is checked against it when the server boots.
 */
export const CORE_API_VERSION = '1.0.0';

/**
 * Whether `version` satisfies the semver `range`. Pre-releases of the core
 * count as matching, so a `^1.0.0` plugin still loads on a `1.1.0-rc.1` build.
 */
export function isCompatible(range: string, version: string = CORE_API_VERSION): boolean {
  if (semver.validRange(range) === null || semver.valid(version) === null) return false;
  return semver.satisfies(version, range, { includePrerelease: true });
}

export function isValidVersion(version: string): boolean {
  return semver.valid(version) !== null;
}

export function isValidRange(range: string): boolean {
  return semver.validRange(range) !== null;
}
