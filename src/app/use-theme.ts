import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'china-dprk-timeline:theme';
const QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function stored(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage blocked (e.g. a sandboxed iframe): fall back to the system theme
  }
}

function systemTheme(): Theme {
  return typeof matchMedia !== 'undefined' && matchMedia(QUERY).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const mq = typeof matchMedia !== 'undefined' ? matchMedia(QUERY) : null;
  mq?.addEventListener('change', onChange);
  return () => {
    listeners.delete(onChange);
    mq?.removeEventListener('change', onChange);
  };
}

/** The reader's theme: their saved choice, else the system's; `forced` (an embed's) wins. */
export function useTheme(forced?: Theme): [Theme, () => void] {
  const theme = useSyncExternalStore(
    subscribe,
    () => forced ?? stored() ?? systemTheme(),
    () => forced ?? 'light',
  );
  const toggle = useCallback(() => {
    try {
      localStorage.setItem(KEY, theme === 'dark' ? 'light' : 'dark');
    } catch {
      // not persisted; nothing else to do
    }
    listeners.forEach((l) => l());
  }, [theme]);
  return [theme, toggle];
}
