/** The screens that exist. Future screens get a route when they are built, not before. */
export const ROUTES = {
  home: { title: 'Today', section: null },
  schedule: { title: 'Schedule', section: null },
  clients: { title: 'Clients', section: null },
  client: { title: 'Client', section: null },
  practice: { title: 'Practice profile', section: 'Settings' },
  security: { title: 'Security', section: 'Settings' },
  audit: { title: 'Audit log', section: 'Settings' },
  services: { title: 'Services and fees', section: 'Settings' },
  scheduling: { title: 'Scheduling', section: 'Settings' },
} as const;

export type RouteName = keyof typeof ROUTES;

/** Where the counselor is: a screen, and for screens about one record, which one. */
export interface Route {
  name: RouteName;
  id?: number;
  /** For the schedule: the day to open on (YYYY-MM-DD). */
  date?: string;
}

export type Navigate = (to: RouteName | Route) => void;

export function toRoute(to: RouteName | Route): Route {
  return typeof to === 'string' ? { name: to } : to;
}
