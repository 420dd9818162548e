import { useEffect, useId, useState } from 'react';

interface Props {
  readonly value: string;
  readonly onChange: (q: string) => void;
}

/**
 * Free text over titles, summaries and quotes; applied as the reader pauses typing. The
 * placeholder is kept short enough to show whole in the 14rem field (tests/browser/first-screen).
 */
export function TextFilter({ value, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [last, setLast] = useState(value);
  if (value !== last) {
    // The URL or "Clear filters" changed it from outside.
    setLast(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), 200);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="text-filter">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder="Title, summary, quote"
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(draft);
        }}
      />
    </div>
  );
}
