import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The list view is what prints; rendering it only then
 * (and when it is the chosen view) keeps thousands of hidden list items out of the page.
 * `beforeprint` runs before the print layout, and flushSync renders the list in time for it.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof matchMedia !== 'undefined' && matchMedia('print').matches,
  );
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const mq = typeof matchMedia !== 'undefined' ? matchMedia('print') : null;
    const change = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    mq?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      mq?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
