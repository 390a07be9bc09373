/**
 * Order facts for the live preview in the options page's template editor: every variable filled,
 * dates and amounts written the way a buyer of that language reads them.
 */
import { formatForLanguage } from './format';
import type { TemplateLanguage } from './kinds';
import { returnActionText } from './return-actions';
import type { TemplateVariable } from './variables';

const SAMPLE_FACTS = {
  shippedOn: '2025-03-03',
  expectedDelivery: '2025-03-10',
  newShipDate: '2025-03-07',
  refund: { amount: 24.99, currency: 'EUR' },
} as const;

/** The preview values for `language`: same order, dates and amounts in that language. */
export function sampleOrderValues(language: TemplateLanguage): Record<TemplateVariable, string> {
  return {
    buyerName: 'Alex Morgan',
    orderId: '114-3941689-8772232',
    productTitle: 'Merino wool beanie, navy',
    sku: 'HW-BEANIE-NVY',
    trackingNumber: '1Z999AA10123456784',
    carrier: 'UPS',
    shippedOn: formatForLanguage({ date: SAMPLE_FACTS.shippedOn }, language),
    expectedDelivery: formatForLanguage({ date: SAMPLE_FACTS.expectedDelivery }, language),
    returnAddress: 'Northwind Returns c/o Partner Logistics\nHanauer Landstraße 1\n60314 Frankfurt am Main\nGermany',
    returnAction: returnActionText('standard_return', language),
    couponCode: 'SORRY10',
    couponPercent: '10',
    refundAmount: formatForLanguage({ money: SAMPLE_FACTS.refund }, language),
    newShipDate: formatForLanguage({ date: SAMPLE_FACTS.newShipDate }, language),
    sellerName: 'Northwind Goods',
    agentName: 'Lin',
  };
}

/** The English preview values. */
export const SAMPLE_ORDER_VALUES: Readonly<Record<TemplateVariable, string>> = sampleOrderValues('en');

