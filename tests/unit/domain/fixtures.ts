import type { Dataset } from '../../../src/domain/dataset-schema';

/** A small valid dataset that tests copy and break one field at a time. */
export function validDataset(): Dataset {
  return {
    format: 'china-dprk-timeline/dataset',
    version: 1,
    title: 'Test timeline',
    sides: [
      { id: 'cn', name: 'China' },
      { id: 'kp', name: 'North Korea' },
    ],
    sources: [
      {
        id: 's1',
        outlet: 'Outlet One',
        headline: 'A headline',
        published: '2024-10',
        agency: null,
      },
      {
        id: 's2',
        outlet: 'Outlet Two',
        headline: 'Another headline',
        published: '2025-10-12',
        agency: 'Yonhap',
      },
    ],
    people: [
      { id: 'xi', name: 'Xi Jinping', role: 'President', side: 'cn' },
      { id: 'kim', name: 'Kim Jong Un', role: 'Leader', side: 'kp' },
    ],
    events: [
      {
        id: 'ties',
        title: 'Ties established',
        summary: 'Diplomatic relations begin.',
        date: '1949-10-06',
        kind: 'diplomatic-milestone',
        side: 'joint',
        people: [],
        sources: ['s1'],
        quotes: [],
      },
      {
        id: 'telegram',
        title: 'Kim sends a telegram',
        summary: 'A congratulatory telegram.',
        date: '2025-10-01~',
        kind: 'message',
        side: 'kp',
        people: ['kim'],
        sources: ['s2'],
        quotes: [],
      },
      {
        id: 'reply',
        title: 'Xi replies',
        summary: 'Xi answers the telegram.',
        date: '2025-10-09',
        reported: '2025-10-12',
        kind: 'message',
        side: 'cn',
        people: ['xi', 'kim'],
        sources: ['s2'],
        quotes: [{ speaker: 'xi', text: 'great neighbors', agency: 'KCNA', source: 's2' }],
        inReplyTo: ['telegram'],
      },
    ],
  };
}
