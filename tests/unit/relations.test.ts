import { describe, expect, it } from 'vitest';
import { INVERSE_LINK_LABELS, LINK_LABELS } from '@/lib/labels';
import { groupRelations, relationsByEvent, type Relation } from '@/lib/relations';
import { LINK_TYPES } from '@/lib/schema';
import { afghanistan2020, buildTimeline, rawEvent } from '../fixtures/timelines';

/** Events a … d on consecutive days (file order is also chronological order), linked as given. */
function linked(links: Record<string, { to: string; type: string }[]>) {
  return buildTimeline({
    events: ['a', 'b', 'c', 'd'].map((id, i) =>
      rawEvent(id, { start: `2020-02-0${i + 1}`, ...(links[id] && { links: links[id] }) }),
    ),
  });
}

const out = (type: Relation['type'], other: string): Relation => ({ type, label: LINK_LABELS[type], direction: 'out', other });
const incoming = (type: Relation['type'], other: string): Relation => ({ type, label: INVERSE_LINK_LABELS[type], direction: 'in', other });

describe('relationsByEvent', () => {
  it('lists a link on both of its events: as written on one, inverted on the other', () => {
    const relations = relationsByEvent(linked({ a: [{ to: 'b', type: 'leads-to' }] }));
    expect(relations.get('a')).toEqual([{ type: 'leads-to', label: 'Leads to', direction: 'out', other: 'b' }]);
    expect(relations.get('b')).toEqual([{ type: 'leads-to', label: 'Follows from', direction: 'in', other: 'a' }]);
  });

  it.each([
    ['leads-to', 'Leads to', 'Follows from'],
    ['obligates', 'Obligates', 'Obligated by'],
    ['responds-to', 'Responds to', 'Prompted'],
    ['violates', 'Violates', 'Violated by'],
    ['part-of', 'Part of', 'Includes'],
  ] as const)('reads %s as "%s" one way and "%s" the other', (type, label, inverse) => {
    const relations = relationsByEvent(linked({ c: [{ to: 'a', type }] }));
    expect(relations.get('c')).toEqual([{ type, label, direction: 'out', other: 'a' }]);
    expect(relations.get('a')).toEqual([{ type, label: inverse, direction: 'in', other: 'c' }]);
  });

  it('has a label both ways for every link type', () => {
    for (const type of LINK_TYPES) {
      expect(LINK_LABELS[type]).toMatch(/^[A-Z]/);
      expect(INVERSE_LINK_LABELS[type]).toMatch(/^[A-Z]/);
      expect(INVERSE_LINK_LABELS[type]).not.toBe(LINK_LABELS[type]);
    }
  });

  it('gives every event an entry, empty when it has no relations', () => {
    const relations = relationsByEvent(linked({ a: [{ to: 'b', type: 'leads-to' }] }));
    expect([...relations.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(relations.get('c')).toEqual([]);
    expect(relations.get('d')).toEqual([]);
    expect(relationsByEvent(buildTimeline({ events: [] })).size).toBe(0);
  });

  it('gives every event its own empty list when nothing is linked', () => {
    const relations = relationsByEvent(linked({}));
    expect([...relations]).toEqual([['a', []], ['b', []], ['c', []], ['d', []]]);
    expect(new Set(relations.values()).size).toBe(4);
  });

  it('lists outgoing relations first, each in the order written, then incoming ones in timeline order', () => {
    const relations = relationsByEvent(
      linked({
        a: [{ to: 'c', type: 'leads-to' }],
        b: [{ to: 'c', type: 'violates' }],
        c: [
          { to: 'd', type: 'obligates' },
          { to: 'a', type: 'responds-to' },
        ],
        d: [{ to: 'c', type: 'part-of' }],
      }),
    );
    expect(relations.get('c')).toEqual([
      out('obligates', 'd'),
      out('responds-to', 'a'),
      incoming('leads-to', 'a'),
      incoming('violates', 'b'),
      incoming('part-of', 'd'),
    ]);
    expect(relations.get('a')).toEqual([out('leads-to', 'c'), incoming('responds-to', 'c')]);
  });

  it('keeps a link written twice twice', () => {
    const relations = relationsByEvent(
      linked({
        a: [
          { to: 'b', type: 'leads-to' },
          { to: 'b', type: 'leads-to' },
        ],
      }),
    );
    expect(relations.get('a')).toEqual([out('leads-to', 'b'), out('leads-to', 'b')]);
    expect(relations.get('b')).toEqual([incoming('leads-to', 'a'), incoming('leads-to', 'a')]);
  });

  it('relates the U.S.–Taliban agreement to what it obligates, what led to it and what answered it', () => {
    const relations = relationsByEvent(afghanistan2020());
    expect(groupRelations(relations.get('us-taliban-agreement')!)).toEqual([
      { label: 'Obligates', others: ['us-withdrawal', 'intra-afghan-negotiations'] },
      { label: 'Follows from', others: ['us-taliban-negotiations', 'reduction-in-violence'] },
      { label: 'Includes', others: ['us-withdrawal', 'prisoner-exchange-dispute'] },
      { label: 'Prompted', others: ['taliban-attacks-resume', 'taliban-claim-victory', 'critics-react-to-agreement'] },
    ]);
    expect(relations.get('us-withdrawal')).toEqual([out('part-of', 'us-taliban-agreement'), incoming('obligates', 'us-taliban-agreement')]);
  });

  it('counts every link of the bundled dataset once in each direction', () => {
    const timeline = afghanistan2020();
    const relations = relationsByEvent(timeline);
    const links = timeline.events.reduce((sum, event) => sum + event.links.length, 0);
    const all = [...relations.values()].flat();
    expect(all.filter((r) => r.direction === 'out')).toHaveLength(links);
    expect(all.filter((r) => r.direction === 'in')).toHaveLength(links);
  });
});

describe('groupRelations', () => {
  it('groups relations under their label in first-seen order', () => {
    expect(
      groupRelations([out('obligates', 'withdrawal'), incoming('leads-to', 'talks'), out('obligates', 'negotiations'), incoming('leads-to', 'rif')]),
    ).toEqual([
      { label: 'Obligates', others: ['withdrawal', 'negotiations'] },
      { label: 'Follows from', others: ['talks', 'rif'] },
    ]);
  });

  it('lists an event once under a label, however often it is related that way', () => {
    expect(groupRelations([out('leads-to', 'b'), out('leads-to', 'b'), out('leads-to', 'c')])).toEqual([{ label: 'Leads to', others: ['b', 'c'] }]);
  });

  it('keeps an event under each label it is related by', () => {
    expect(groupRelations([out('obligates', 'b'), incoming('part-of', 'b')])).toEqual([
      { label: 'Obligates', others: ['b'] },
      { label: 'Includes', others: ['b'] },
    ]);
  });

  it('keeps the two directions of one type apart', () => {
    expect(groupRelations([out('responds-to', 'b'), incoming('responds-to', 'c')])).toEqual([
      { label: 'Responds to', others: ['b'] },
      { label: 'Prompted', others: ['c'] },
    ]);
  });

  it('returns nothing for no relations', () => {
    expect(groupRelations([])).toEqual([]);
  });
});
