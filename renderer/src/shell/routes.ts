/** The screens that exist. Future screens get a route when they are built, not before. */
export const ROUTES = {
  home: { title: 'Home', section: null },
  practice: { title: 'Practice profile', section: 'Settings' },
  security: { title: 'Security', section: 'Settings' },
  audit: { title: 'Audit log', section: 'Settings' },
} as const;

export type Route = keyof typeof ROUTES;
export type Navigate = (route: Route) => void;
