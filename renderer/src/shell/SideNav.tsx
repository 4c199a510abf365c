import type { MouseEvent } from 'react';
import { ROUTES, type Navigate, type RouteName } from './routes.ts';

/** Screens without their own entry light up the entry they belong to (a profile, its list). */
const PARENT: Partial<Record<RouteName, RouteName>> = { client: 'clients', note: 'clients' };

/** Navigation entries, in order: only screens that exist. */
const MAIN: readonly RouteName[] = [
  'home',
  'clients',
  'schedule',
  'endOfDay',
  'claims',
  'reports',
  'library',
];
const SETTINGS: readonly RouteName[] = [
  'practice',
  'services',
  'scheduling',
  'security',
  'backups',
  'audit',
];

function NavLink({
  to,
  current,
  onNavigate,
}: {
  to: RouteName;
  current: RouteName;
  onNavigate: Navigate;
}) {
  // Real links for their semantics; the click never navigates the window (there is one page).
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onNavigate(to);
  };
  return (
    <a
      href={`#${to}`}
      className="nav-link"
      aria-current={to === current || PARENT[current] === to ? 'page' : undefined}
      onClick={follow}
    >
      {ROUTES[to].title}
    </a>
  );
}

export function SideNav({ current, onNavigate }: { current: RouteName; onNavigate: Navigate }) {
  return (
    <nav className="side-nav" aria-label="Main">
      <ul className="nav-list">
        {MAIN.map((route) => (
          <li key={route}>
            <NavLink to={route} current={current} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
      <p className="nav-group" id="nav-settings">
        Settings
      </p>
      <ul className="nav-list" aria-labelledby="nav-settings">
        {SETTINGS.map((route) => (
          <li key={route}>
            <NavLink to={route} current={current} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
