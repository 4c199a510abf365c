/** The screens that exist. Future screens get a route when they are built, not before. */
export const ROUTES = {
  home: { title: 'Home', section: null },
  practice: { title: 'Practice profile', section: 'Settings' },
  security: { title: 'Security', section: 'Settings' },
  audit: { title: 'Audit log', section: 'Settings' },
} as const;

export type RouteName = keyof typeof ROUTES;

/** Where the counselor is: a screen, and for screens about one record, which one. */
export interface Route {
  name: RouteName;
  id?: number;
}

export type Navigate = (to: RouteName | Route) => void;

export function toRoute(to: RouteName | Route): Route {
  return typeof to === 'string' ? { name: to } : to;
}
