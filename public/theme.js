// The reader's theme before the first paint (app/theme-switch.tsx keeps it after). A file, not an
// inline script, so the Content-Security-Policy of `preview` can forbid inline scripts.
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.classList.add(theme);
} catch {
  // Storage blocked: the system's theme applies.
}
