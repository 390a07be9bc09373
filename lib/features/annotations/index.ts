/** The row features every marketplace shows, in the order they appear under a SKU. */
import { addToCatalogue } from './add-to-catalogue';
import { categoryTags } from './category-tags';
import { complianceWarning } from './compliance-warning';
import { returnHint } from './return-hint';
import { shippingNotice } from './shipping-notice';
import { categoryMapping } from './category-mapping';

export const rowFeatures = [categoryTags, addToCatalogue, categoryMapping, shippingNotice, complianceWarning, returnHint] as const;
