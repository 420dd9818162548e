import type { MouseEvent } from 'react';

/**
 * Where "Skip to the timeline" lands, inside the given part of the app: the chart's one tab stop
 * (its roving mark, so the arrow keys work at once), or the first event of the list view, or
 * else the first control there (Retry, Clear filters) while there is no chart.
 */
export function timelineFocusTarget(main: ParentNode): HTMLElement | null {
  return (
    main.querySelector<HTMLElement>(
      '[role="group"][aria-label^="Timeline chart"] [tabindex="0"]',
    ) ??
    main.querySelector<HTMLElement>('.event-list:not(.screen-hidden) button') ??
    main.querySelector<HTMLElement>('button:not(:disabled), a[href], input, select, [tabindex="0"]')
  );
}

/**
 * The first focusable element of the app, shown only when focused: a keyboard reader would
 * otherwise Tab through the theme toggle and every filter before reaching an event. Its target
 * is found inside its own app (several can share a page, or sit in a shadow root), so it needs
 * no id; without JavaScript the link points at the main part by id.
 */
export function SkipLink({ targetId }: { readonly targetId: string }) {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const main = e.currentTarget.closest('.cdt-app')?.querySelector('.app-main');
    const target = main ? timelineFocusTarget(main) : null;
    if (!target) return; // let the browser follow the link
    e.preventDefault(); // the URL holds the view state: no fragment in it
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to the timeline
    </a>
  );
}
