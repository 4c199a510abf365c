/** The screens that exist. Future screens get a route when they are built, not before. */
export const ROUTES = {
  home: { title: 'Today', section: null },
  schedule: { title: 'Schedule', section: null },
  /** A day's sessions, charges and payments, closed into a day sheet (route.date, or today). */
  endOfDay: { title: 'End of day', section: null },
  /** Insurance claims: ready, exported, paid, denied; the 837P and the CMS-1500. */
  claims: { title: 'Claims', section: null },
  /** Money reports: aging, income, the year-end summary. */
  reports: { title: 'Reports', section: null },
  library: { title: 'Library', section: null },
  clients: { title: 'Clients', section: null },
  client: { title: 'Client', section: null },
  /** A progress note (route.id), or a new one for a session (route.session, route.date). */
  note: { title: 'Progress note', section: null },
  /** The screen turned toward one client (route.id): drawn without the shell. */
  clientView: { title: 'Your plan', section: null },
  practice: { title: 'Practice profile', section: 'Settings' },
  security: { title: 'Security', section: 'Settings' },
  backups: { title: 'Backups', section: 'Settings' },
  audit: { title: 'Audit log', section: 'Settings' },
  services: { title: 'Services and fees', section: 'Settings' },
  scheduling: { title: 'Scheduling', section: 'Settings' },
} as const;

export type RouteName = keyof typeof ROUTES;

/** Where the counselor is: a screen, and for screens about one record, which one. */
export interface Route {
  name: RouteName;
  id?: number;
  /**
   * For the schedule and end of day: the day to open on (YYYY-MM-DD). For a new note: its
   * session's day.
   */
  date?: string;
  /** For a new note: the session it is for. */
  session?: number;
  /** For a client: the tab to open on. */
  tab?: string;
}

export type Navigate = (to: RouteName | Route) => void;

export function toRoute(to: RouteName | Route): Route {
  return typeof to === 'string' ? { name: to } : to;
}
