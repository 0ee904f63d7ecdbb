/** Materialised paths of organisation units: `/<root id>/<child id>/.../<own id>/`. */

export function unitPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Whether `path` is `ancestorPath` itself or lies below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The path a unit of the moved subtree gets when its subtree root moves from `oldPrefix` to `newPrefix`. */
export function rebase(path: string, oldPrefix: string, newPrefix: string): string {
  if (!isWithin(path, oldPrefix)) throw new Error(`${path} is not below ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

/** A LIKE pattern matching a path prefix, with LIKE's wildcards escaped. */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
