import { summaryParagraphs } from '../domain/summary-paragraphs';

interface Props {
  readonly summary: string | undefined;
  readonly className: string;
}

/** An event's summary as paragraphs of text (never markup); nothing at all when it has none. */
export function EventSummary({ summary, className }: Props) {
  const paragraphs = summaryParagraphs(summary);
  if (paragraphs.length === 0) return null;
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        <p key={i}>
          <bdi>{p}</bdi>
        </p>
      ))}
    </div>
  );
}
