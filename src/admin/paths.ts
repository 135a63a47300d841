/** Where the newsroom plugin is registered; its routes are declared relative to it. */
export const NEWSROOM_PREFIX = '/admin';

/**
 * A newsroom screen's path as a route inside the plugin ('/admin/anh' → '/anh'), so one constant
 * serves for the route, its links and its redirects.
 */
export function routeOf(path: string): string {
  if (!path.startsWith(`${NEWSROOM_PREFIX}/`)) throw new Error(`${path} is not a newsroom path`);
  return path.slice(NEWSROOM_PREFIX.length);
}
