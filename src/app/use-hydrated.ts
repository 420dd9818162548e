import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders on the server and while it hydrates that HTML in the browser (React
 * reads the server snapshot then, so the first render matches the prerendered markup); true in
 * the render React makes right after hydrating, and from the start when nothing is hydrated.
 * Lets a component leave out of the prerendered HTML what only an interactive page needs.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
