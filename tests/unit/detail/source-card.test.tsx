import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceCard } from '../../../src/detail/SourceCard';
import type { Source } from '../../../src/domain/dataset-schema';

const base: Source = {
  id: 's',
  outlet: 'The Hill',
  headline: 'Xi, Kim vow to strengthen ties',
  published: '2021-07',
  agency: null,
};

describe('a source card', () => {
  it('names the agencies an article cites for quotes as "quotes via", not as its wire', () => {
    render(<SourceCard source={{ ...base, quotesVia: ['Reuters', 'KCNA'] }} />);
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent('July 2021 · quotes via Reuters and KCNA');
    expect(card).not.toHaveTextContent(/report by|credits/);
  });

  it('names the wire whose copy the article is apart from those it quotes via', () => {
    render(<SourceCard source={{ ...base, agency: 'Yonhap', quotesVia: ['KCNA'] }} />);
    expect(screen.getByRole('article')).toHaveTextContent(
      'July 2021 · report by Yonhap · quotes via KCNA',
    );
  });

  it('says neither when the article credits no agency', () => {
    render(<SourceCard source={base} />);
    expect(screen.getByRole('article')).not.toHaveTextContent(/via|report by/);
  });
});
