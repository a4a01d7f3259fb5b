'use client';

import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const OPTIONS: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark or following the system; remembered in localStorage and applied before paint by /theme.js. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('system');

  useEffect(() => {
    const saved = document.documentElement.getAttribute('data-theme');
    if (saved === 'light' || saved === 'dark') setTheme(saved);
  }, []);

  const choose = (next: Theme) => {
    setTheme(next);
    const root = document.documentElement;
    if (next === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', next);
    try {
      if (next === 'system') localStorage.removeItem('parley-theme');
      else localStorage.setItem('parley-theme', next);
    } catch {
      // Storage unavailable (private mode): the choice lasts for this page only.
    }
  };

  return (
    <fieldset className="flex items-center rounded-full border border-line bg-surface p-0.5 text-xs">
      <legend className="sr-only">Colour theme</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          className="cursor-pointer rounded-full px-2.5 py-1 text-muted has-checked:bg-ink has-checked:text-bg has-focus-visible:outline-2 has-focus-visible:outline-focus"
        >
          <input
            type="radio"
            name="parley-theme"
            value={option.value}
            checked={theme === option.value}
            onChange={() => choose(option.value)}
            className="sr-only"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
