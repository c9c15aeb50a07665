import { useEffect, useId, useState } from 'react';

/** The reader's choice; `system` follows `prefers-color-scheme`. */
type Theme = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'theme';

function storedTheme(): Theme {
  const v = localStorage.getItem(STORAGE_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/**
 * Light, dark or the system's theme, remembered in localStorage. index.html applies the stored
 * choice before the first paint (public/theme.js); this keeps `<html class>` in step afterwards (index.css reads it).
 */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const id = useId();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.remove('light', 'dark');
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else {
      root.classList.add(theme);
      localStorage.setItem(STORAGE_KEY, theme);
    }
  }, [theme]);
  return (
    <span className="ml-auto flex items-center gap-1.5 text-xs">
      <label htmlFor={id} className="text-slate-500 dark:text-slate-400">
        Theme
      </label>
      <select
        id={id}
        value={theme}
        onChange={(e) =>
          setTheme(
            e.target.value === 'light' || e.target.value === 'dark' ? e.target.value : 'system',
          )
        }
        className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
