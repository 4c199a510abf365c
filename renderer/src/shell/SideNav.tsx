import type { MouseEvent } from 'react';
import { ROUTES, type Navigate, type Route } from './routes.ts';

const SETTINGS: readonly Route[] = ['practice', 'security', 'audit'];

function NavLink({ to, current, onNavigate }: { to: Route; current: Route; onNavigate: Navigate }) {
  // Real links for their semantics; the click never navigates the window (there is one page).
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onNavigate(to);
  };
  return (
    <a
      href={`#${to}`}
      className="nav-link"
      aria-current={to === current ? 'page' : undefined}
      onClick={follow}
    >
      {ROUTES[to].title}
    </a>
  );
}

export function SideNav({ current, onNavigate }: { current: Route; onNavigate: Navigate }) {
  return (
    <nav className="side-nav" aria-label="Main">
      <ul className="nav-list">
        <li>
          <NavLink to="home" current={current} onNavigate={onNavigate} />
        </li>
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
