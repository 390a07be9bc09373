import { describe, expect, it } from 'vitest';
import { caseFromReturnRow } from '../../../lib/domain/cases';
import { CaseRecord } from '../../../lib/domain/schemas';

const row = {
  key: '113-4829301-5528271|HW-DRESS-COT-M|0',
  orderId: '113-4829301-5528271',
  sku: 'HW-DRESS-COT-M',
  shipCountry: 'US',
  returnReasonText: 'Too small',
  returnReasonCode: 'APPAREL_TOO_SMALL',
  buyerComment: '<script>alert(1)</script>',
  orderValue: { amount: 39.99, currency: 'USD' },
  returnRequestedOn: '2026-11-12',
};

describe('caseFromReturnRow', () => {
  it('makes a valid case whose id and timestamps come from the page, so seeing it again changes nothing', () => {
    const first = caseFromReturnRow('amazon', row)!;
    expect(CaseRecord.parse(first)).toEqual(first);
    expect(first).toMatchObject({
      id: 'amazon:return:113-4829301-5528271:HW-DRESS-COT-M',
      reason: 'size_fit',
      buyerComment: '<script>alert(1)</script>',
      timeline: [{ status: 'requested', at: '2026-11-12T00:00:00.000Z' }],
    });
    expect(caseFromReturnRow('amazon', row)).toEqual(first);
  });

  it('records nothing without an order id or a request date to place it in time', () => {
    expect(caseFromReturnRow('amazon', { ...row, returnRequestedOn: undefined })).toBeNull();
    expect(caseFromReturnRow('amazon', { ...row, orderId: undefined })).toBeNull();
  });
});
