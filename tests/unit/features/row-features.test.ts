import { describe, expect, it } from 'vitest';
import type { PageRow, RowAnnotation } from '@/lib/domain/annotations';
import { FEATURE_IDS } from '@/lib/domain/vocabulary';
import { rowFeatures } from '@/lib/features/annotations';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const row: PageRow = { key: '113-4829301-5528271|HW-1|0', orderId: '113-4829301-5528271', sku: 'HW-1', title: HOSTILE };
const ctx = { marketplace: 'amazon' as const, page: 'returnsList' as const };
const feature = (id: string) => rowFeatures.find((f) => f.id === id)!;

const known: RowAnnotation = {
  key: row.key,
  sku: {
    known: true,
    sku: 'HW-1',
    categoryPath: [{ id: 'c1', name: HOSTILE }],
    attributes: { material: HOSTILE },
    tags: [{ id: 't', label: HOSTILE, color: '#123456' }],
  },
  compliance: {
    destination: 'DE',
    status: 'error',
    certificatesRequired: 1,
    warnings: [{ kind: 'certificate_missing', severity: 'error', certificateKind: 'CE', explanation: { code: 'certificate_missing', params: { kind: HOSTILE } } }],
  },
  returnHint: {
    reason: 'size_fit',
    ruleId: 'r1',
    ruleName: HOSTILE,
    action: 'approve_exchange',
    approval: 'automatic',
    returnAddress: { name: HOSTILE, lines: [HOSTILE], city: 'Berlin', postcode: '10115', country: 'DE' },
    explanation: [{ code: 'rule_reason_matched', params: { reason: 'size_fit' } }],
  },
};

describe('row features', () => {
  it('every switchable row feature (not the health chip or the reply assistant) has exactly one row feature, and nothing else is registered', () => {
    const ids = rowFeatures.map((f) => f.id).sort();
    // The reply assistant's features (reply-suggestions, reply-clock, policy-guardrail) are not row features.
    const replyFeatures = new Set(['adapter-health', 'reply-suggestions', 'reply-clock', 'policy-guardrail']);
    expect(ids).toEqual(FEATURE_IDS.filter((id) => !replyFeatures.has(id)).sort());
  });

  it.each(['category-tags', 'compliance-warning', 'return-hint'])('%s shows page and seller text as text, never markup', (id) => {
    const host = feature(id).render(row, known, ctx)!;
    document.body.append(host);
    expect(host.getAttribute('data-helloword')).toBe(id);
    expect(host.getAttribute('data-order-id')).toBe('113-4829301-5528271');
    expect(host.getAttribute('data-sku')).toBe('HW-1');
    const shadow = host.shadowRoot!;
    expect(shadow.querySelector('img, script')).toBeNull();
    expect(shadow.textContent).toContain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    host.remove();
  });

  it('compliance-warning exposes status and destination on the host, and opens itself on errors', () => {
    const host = feature('compliance-warning').render(row, known, ctx)!;
    expect(host.getAttribute('data-status')).toBe('error');
    expect(host.getAttribute('data-country')).toBe('DE');
    expect(host.shadowRoot!.querySelector('details')!.open).toBe(true);
    expect([...host.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind'))).toEqual(['certificate_missing']);
  });

  it('add-to-catalogue appears only for an unknown SKU', () => {
    expect(feature('add-to-catalogue').render(row, known, ctx)).toBeNull();
    const unknown: RowAnnotation = { key: row.key, sku: { known: false, sku: 'HW-1', categoryPath: [], attributes: {}, tags: [] } };
    const host = feature('add-to-catalogue').render(row, unknown, ctx)!;
    expect(host.shadowRoot!.querySelector('button')).not.toBeNull();
    expect(feature('category-tags').render(row, unknown, ctx)).toBeNull();
    expect(feature('add-to-catalogue').render({ ...row, sku: undefined }, unknown, ctx)).toBeNull();
  });

  it('return-hint gives the action and rule on the host, and the address in plain text', () => {
    const host = feature('return-hint').render(row, known, ctx)!;
    expect(host.getAttribute('data-action')).toBe('approve_exchange');
    expect(host.getAttribute('data-rule-id')).toBe('r1');
    expect(host.shadowRoot!.textContent).toContain('10115 Berlin');
  });
});
