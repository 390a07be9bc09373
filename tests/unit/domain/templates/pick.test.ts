import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_TEMPLATES, groupTemplates, pickTemplates } from '../../../../lib/domain/templates';
import { ReplyTemplate, type ReplyTemplateInput } from '../../../../lib/domain/templates/schema';

const t = (input: Partial<ReplyTemplateInput> & Pick<ReplyTemplateInput, 'id'>): ReplyTemplate =>
  ReplyTemplate.parse({ groupId: input.id, name: input.id, intent: 'damaged', language: 'en', body: 'x', builtIn: true, ...input });

const ids = (picked: ReturnType<typeof pickTemplates>) => picked.map((p) => `${p.template.id}${p.fallback ? ' (fallback)' : ''}`);

describe('pickTemplates (F6)', () => {
  const library = [
    t({ id: 'b.en.1' }),
    t({ id: 'b.en.2' }),
    t({ id: 'b.de.1', language: 'de' }),
    t({ id: 'mine.de', language: 'de', builtIn: false }),
    t({ id: 'mine.de.ebay', language: 'de', builtIn: false, marketplaces: ['ebay'] }),
    t({ id: 'mine.de.off', language: 'de', builtIn: false, enabled: false }),
    t({ id: 'b.de.cancel', language: 'de', intent: 'cancel' }),
  ];

  it('exact language first, seller-written before built-in; disabled and other marketplaces skipped', () => {
    expect(ids(pickTemplates(library, { intent: 'damaged', language: 'de', marketplace: 'amazon' }))).toEqual([
      'mine.de',
      'b.de.1',
      'b.en.1 (fallback)',
    ]);
  });

  it('a template written for this marketplace comes before one for all', () => {
    expect(ids(pickTemplates(library, { intent: 'damaged', language: 'de-DE', marketplace: 'ebay' }))).toEqual(['mine.de.ebay', 'mine.de', 'b.de.1']);
  });

  it('English fallback when the language has nothing for the intent, flagged', () => {
    expect(ids(pickTemplates(library, { intent: 'damaged', language: 'ja', marketplace: 'amazon' }))).toEqual(['b.en.1 (fallback)', 'b.en.2 (fallback)']);
    expect(ids(pickTemplates(library, { intent: 'damaged', language: 'pt-BR', marketplace: 'amazon' }))).toEqual(['b.en.1 (fallback)', 'b.en.2 (fallback)']);
  });

  it('English buyers get no fallback flag; limit is respected; nothing for an intent without templates', () => {
    expect(ids(pickTemplates(library, { intent: 'damaged', language: 'en', marketplace: 'amazon', limit: 1 }))).toEqual(['b.en.1']);
    expect(pickTemplates(library, { intent: 'refund_status', language: 'de', marketplace: 'amazon' })).toEqual([]);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = [...library].reverse();
    expect(ids(pickTemplates(reversed, { intent: 'damaged', language: 'de', marketplace: 'amazon' }))).toEqual(
      ids(pickTemplates(library, { intent: 'damaged', language: 'de', marketplace: 'amazon' })),
    );
  });

  it('on the default library: every intent gives a template in the buyer language first', () => {
    const picked = pickTemplates(DEFAULT_REPLY_TEMPLATES, { intent: 'not_received', language: 'de', marketplace: 'amazon' });
    expect(ids(picked)).toEqual(['builtin.not_received.de.1', 'builtin.not_received.en.1 (fallback)', 'builtin.not_received.en.2 (fallback)']);
    expect(ids(pickTemplates(DEFAULT_REPLY_TEMPLATES, { intent: 'not_received', language: 'en', marketplace: 'ebay' }))).toEqual([
      'builtin.not_received.en.1',
      'builtin.not_received.en.2',
    ]);
  });
});

describe('groupTemplates', () => {
  it('groups the language variants of a template, for the editor tabs', () => {
    const groups = groupTemplates(DEFAULT_REPLY_TEMPLATES);
    const damaged = groups.find((g) => g.groupId === 'builtin.damaged.1')!;
    expect(Object.keys(damaged.variants).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'zh']);
    expect(Object.keys(groups.find((g) => g.groupId === 'builtin.damaged.2')!.variants)).toEqual(['en']);
  });
});
