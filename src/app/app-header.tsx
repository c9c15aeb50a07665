import { Link, NavLink } from 'react-router';
import { vendors, VENDOR_IDS } from '@/vendors/index.ts';
import { ThemeSwitch } from './theme-switch.tsx';

/** The top bar: the app's name (home) and one link per vendor's list. */
export function AppHeader() {
  return (
    <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      <Link to="/" className="font-semibold tracking-tight">
        Transcript viewer
      </Link>
      <nav aria-label="Vendors" className="flex gap-4 text-sm">
        {VENDOR_IDS.map((v) => (
          <NavLink
            key={v}
            to={`/${v}`}
            className={({ isActive }) =>
              isActive
                ? 'font-medium text-blue-700 dark:text-blue-300'
                : 'text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
            }
          >
            {vendors[v].label}
          </NavLink>
        ))}
      </nav>
      <ThemeSwitch />
    </header>
  );
}
