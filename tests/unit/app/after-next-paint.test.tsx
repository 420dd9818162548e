/**
 * Work held back until the first view has been painted (the export menu, the list's code):
 * it must not run in the task that draws the view, and must run soon after.
 */
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../src/app/after-next-paint';
import { usePaintedOnce } from '../../../src/app/use-painted-once';

describe('afterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the work in a task after the next frame, not in this one nor in the frame', () => {
    const work = vi.fn();
    afterNextPaint(work);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    // The frame has been produced; the work waits for the task after it.
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs it once cancelled', () => {
    const work = vi.fn();
    const cancel = afterNextPaint(work);
    cancel();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});

function Probe() {
  return <p>{usePaintedOnce() ? 'painted' : 'first view'}</p>;
}

describe('usePaintedOnce', () => {
  it('is false in a new view of a ?data= page until it has been painted, then true', async () => {
    document.documentElement.classList.add('other-dataset');
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    try {
      render(<Probe />);
      expect(screen.getByText('first view')).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersToNextFrame();
        vi.advanceTimersByTime(1);
      });
      expect(screen.getByText('painted')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
      document.documentElement.classList.remove('other-dataset');
    }
  });

  it('is true at once on a page showing its own prerendered view', () => {
    render(<Probe />);
    expect(screen.getByText('painted')).toBeInTheDocument();
  });

  it('is true on the server, so that prerendered pages carry what it guards', () => {
    expect(renderToString(<Probe />)).toContain('painted');
  });
});
