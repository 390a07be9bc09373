/**
 * The visible words of Shopify admin in English and Simplified Chinese: column headings, field
 * labels, card headings and status badges. Polaris class names are hashed per release, so these
 * words (with links and table structure) are what the adapter anchors on.
 *
 * Honesty about sources, as in the Amazon adapter: `evidence` entries are words Shopify itself
 * documents for the admin (help.shopify.com, the GraphQL Admin API's "Displayed as" enum texts,
 * the Polaris component examples) or that public scripts target on the live admin (see
 * /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md and
 * /work/shared/reference/shopify/export-and-returns.md). `bestKnowledge` entries — every Chinese
 * one among them — are our rendering of the same words, NOT verified on a page. A wrong guess only
 * costs a missed match; add the real wording when a page shows it.
 */

interface Texts {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

const all = (t: Texts): readonly string[] => [...t.evidence, ...t.bestKnowledge];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (texts: readonly string[]) =>
  [...texts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

// ── Inline labels ("SKU: X") ─────────────────────────────────────────────────────────────────

export type InlineLabelKey =
  | 'sku'
  | 'trackingNumber'
  | 'carrier'
  | 'fulfilledOn'
  | 'estimatedDelivery'
  | 'lastTrackingUpdate'
  | 'returnReason'
  | 'customerNote'
  | 'returnRequestedOn';

export const INLINE_LABELS: Record<InlineLabelKey, Texts> = {
  // Line items print "SKU: …" under the variant title (orders export column "Lineitem sku").
  sku: { evidence: ['SKU'], bestKnowledge: ['SKU（库存单位）', 'SKU (Stock Keeping Unit)', '库存单位'] },
  // The fulfilment and return-label dialogs ask for "Tracking number" and "Shipping carrier" (help center).
  trackingNumber: { evidence: ['Tracking number'], bestKnowledge: ['Tracking', '跟踪编号', '跟踪号', '追踪编号', '运单号', '物流单号'] },
  carrier: { evidence: ['Shipping carrier'], bestKnowledge: ['Carrier', '承运商', '物流承运商', '快递公司', '物流公司'] },
  fulfilledOn: { evidence: [], bestKnowledge: ['Fulfilled on', 'Shipped on', '发货时间', '发货日期', '已发货于'] },
  estimatedDelivery: { evidence: [], bestKnowledge: ['Estimated delivery', 'Expected delivery', '预计送达', '预计送达时间', '预计送达日期'] },
  lastTrackingUpdate: { evidence: [], bestKnowledge: ['Last update', 'Last updated', 'Last tracking update', '最近更新', '最后更新', '物流最后更新'] },
  // ReturnLineItem.returnReason / customerNote (GraphQL Admin API); the words on the page are ours.
  returnReason: { evidence: [], bestKnowledge: ['Return reason', 'Reason', '退货原因', '原因'] },
  customerNote: { evidence: [], bestKnowledge: ['Customer note', 'Note from customer', '客户备注', '客户留言', '买家留言'] },
  returnRequestedOn: { evidence: [], bestKnowledge: ['Requested on', 'Requested', '申请时间', '申请于', '请求时间'] },
};

const INLINE_KEY_BY_TEXT = new Map<string, InlineLabelKey>();
for (const key of Object.keys(INLINE_LABELS) as InlineLabelKey[]) {
  for (const text of all(INLINE_LABELS[key])) INLINE_KEY_BY_TEXT.set(text.toLowerCase(), key);
}
/** Label, optional colon, then the value (possibly empty when it sits in the next node). */
const ANY_INLINE_LABEL = new RegExp(
  `^\\s*(${alternation([...INLINE_KEY_BY_TEXT.keys()])})\\s*(?:([:：])\\s*([\\s\\S]*))?$`,
  'i',
);
const MAX_LABEL_LENGTH = 40;

export interface InlineLabelMatch {
  key: InlineLabelKey;
  value: string;
  hasColon: boolean;
}

/** "SKU: HW-1" / "SKU：HW-1" / "SKU" (value in the next node) → the label and its value. */
export function matchInlineLabel(text: string): InlineLabelMatch | null {
  if (text.length > MAX_LABEL_LENGTH) {
    const colon = text.indexOf(':');
    const wide = colon >= 0 && colon <= MAX_LABEL_LENGTH ? colon : text.indexOf('：');
    if (wide < 0 || wide > MAX_LABEL_LENGTH) return null;
  }
  const m = ANY_INLINE_LABEL.exec(text);
  if (!m?.[1]) return null;
  const key = INLINE_KEY_BY_TEXT.get(m[1].toLowerCase());
  return key ? { key, value: (m[3] ?? '').trim(), hasColon: m[2] !== undefined } : null;
}

// ── Block headings and form fields (no colon) ────────────────────────────────────────────────

export type BlockKey = 'shippingAddress' | 'billingAddress' | 'productType' | 'productOrganization' | 'sku';

export const BLOCK_LABELS: Record<BlockKey, Texts> = {
  // Orders export columns "Shipping Name/Address1/…/Country"; the card heading on the order page.
  shippingAddress: { evidence: ['Shipping address'], bestKnowledge: ['Ship to', '收货地址', '配送地址', '送货地址'] },
  billingAddress: { evidence: ['Billing address'], bestKnowledge: ['账单地址'] },
  // help.shopify.com "Product types"; the product page's organisation card calls the field "Type".
  productType: { evidence: ['Product type', 'Type'], bestKnowledge: ['产品类型', '商品类型', '类型'] },
  productOrganization: { evidence: ['Product organization'], bestKnowledge: ['产品组织', '商品组织', '产品整理'] },
  sku: { evidence: ['SKU'], bestKnowledge: ['SKU (Stock Keeping Unit)', 'SKU（库存单位）', 'SKU（库存量单位）', '库存单位'] },
};

const exact = (texts: readonly string[]) => new RegExp(`^\\s*(?:${alternation(texts)})\\s*[:：]?\\s*$`, 'i');
export const BLOCK_PATTERNS = Object.fromEntries(
  (Object.keys(BLOCK_LABELS) as BlockKey[]).map((key) => [key, exact(all(BLOCK_LABELS[key]))]),
) as Record<BlockKey, RegExp>;

// ── Column headings of the index tables (orders, products) ──────────────────────────────────

export type ColumnKey =
  | 'order'
  | 'date'
  | 'customer'
  | 'channel'
  | 'total'
  | 'paymentStatus'
  | 'fulfillmentStatus'
  | 'deliveryStatus'
  | 'items'
  | 'product'
  | 'status'
  | 'inventory'
  | 'category'
  | 'productType'
  | 'vendor'
  | 'sku';

/** The Polaris IndexTable example of an orders list (Order, Date, Customer, Total, Payment status, Fulfillment status) is evidence. */
export const COLUMN_HEADINGS: Record<ColumnKey, Texts> = {
  order: { evidence: ['Order'], bestKnowledge: ['订单'] },
  date: { evidence: ['Date'], bestKnowledge: ['日期', '下单日期'] },
  customer: { evidence: ['Customer'], bestKnowledge: ['客户', '顾客'] },
  channel: { evidence: [], bestKnowledge: ['Channel', 'Sales channel', '渠道', '销售渠道'] },
  total: { evidence: ['Total'], bestKnowledge: ['总计', '总额', '合计'] },
  paymentStatus: { evidence: ['Payment status'], bestKnowledge: ['付款状态', '支付状态'] },
  fulfillmentStatus: { evidence: ['Fulfillment status'], bestKnowledge: ['Fulfilment status', '发货状态', '履约状态', '订单履行状态'] },
  deliveryStatus: { evidence: [], bestKnowledge: ['Delivery status', '配送状态', '物流状态', '交付状态'] },
  items: { evidence: [], bestKnowledge: ['Items', '商品', '件数'] },
  product: { evidence: [], bestKnowledge: ['Product', '产品', '商品名称'] },
  status: { evidence: [], bestKnowledge: ['Status', '状态'] },
  inventory: { evidence: [], bestKnowledge: ['Inventory', '库存'] },
  // Shopify's standard taxonomy category — NOT the product type the seller maps (help center).
  category: { evidence: [], bestKnowledge: ['Category', 'Product category', '类别', '产品类别', '品类'] },
  productType: { evidence: ['Type', 'Product type'], bestKnowledge: ['类型', '产品类型', '商品类型'] },
  vendor: { evidence: ['Vendor'], bestKnowledge: ['厂商', '供应商', '品牌'] },
  sku: { evidence: ['SKU'], bestKnowledge: [] },
};

const COLUMN_BY_TEXT = new Map<string, ColumnKey>();
for (const key of Object.keys(COLUMN_HEADINGS) as ColumnKey[]) {
  for (const text of all(COLUMN_HEADINGS[key])) COLUMN_BY_TEXT.set(text.toLowerCase(), key);
}

/** A column heading's text ("Payment status", "付款状态") → its key, or null. */
export function columnOfHeading(text: string): ColumnKey | null {
  return COLUMN_BY_TEXT.get(text.trim().replace(/[:：]$/, '').toLowerCase()) ?? null;
}

// ── Status badges ────────────────────────────────────────────────────────────────────────────

export type FulfillmentWord = 'unfulfilled' | 'fulfilled' | 'delivered' | 'cancelled';

/**
 * Fulfilment badges and card headings. Evidence: OrderDisplayFulfillmentStatus "Displayed as"
 * texts (Fulfilled, In progress, On hold, Open, Partially fulfilled, Pending fulfillment,
 * Request declined, Restocked, Scheduled, Unfulfilled). A partly fulfilled order still has
 * items waiting, so it counts as not shipped.
 */
export const FULFILLMENT_WORDS: Record<FulfillmentWord, Texts> = {
  unfulfilled: {
    evidence: ['Unfulfilled', 'Partially fulfilled', 'In progress', 'On hold', 'Pending fulfillment', 'Scheduled', 'Request declined'],
    bestKnowledge: ['未发货', '部分发货', '已部分发货', '处理中', '进行中', '暂缓', '保留', '待发货', '已安排'],
  },
  fulfilled: { evidence: ['Fulfilled'], bestKnowledge: ['Shipped', '已发货', '已履约', '已配送'] },
  delivered: { evidence: [], bestKnowledge: ['Delivered', '已送达', '已签收', '已妥投'] },
  cancelled: { evidence: [], bestKnowledge: ['Canceled', 'Cancelled', '已取消'] },
};

/** Delivery badges on a fulfilled order (tracking events), apart from Delivered. */
export const IN_TRANSIT_WORDS: Texts = {
  evidence: [],
  bestKnowledge: ['In transit', 'Out for delivery', 'Tracking added', 'Attempted delivery', 'Ready for pickup', 'Label printed', 'Confirmed', '运输中', '派送中', '已添加跟踪信息', '尝试派送', '待取件'],
};

/** Payment badges: recognised so they are never read as a customer's name. */
export const PAYMENT_WORDS: Texts = {
  evidence: ['Paid'],
  bestKnowledge: ['Payment pending', 'Pending', 'Partially paid', 'Authorized', 'Refunded', 'Partially refunded', 'Voided', 'Overdue', 'Expired', 'Unpaid', '已付款', '付款待处理', '待付款', '部分付款', '已授权', '已退款', '部分退款', '已作废', '逾期', '已过期', '未付款'],
};

/** Return cards on the order page: "Return requested" (help center: "In the Return requested section, click Review request"). */
export const RETURN_HEADINGS: Texts = {
  evidence: ['Return requested'],
  bestKnowledge: ['Return request', 'Return in progress', 'Requested return', '已申请退货', '退货申请', '退货请求', '退货中', '正在退货'],
};

const wordsPattern = (texts: readonly string[]) => new RegExp(`^\\s*(?:${alternation(texts)})\\s*(?:[(（]\\s*\\d+\\s*[)）])?\\s*$`, 'i');
const FULFILLMENT_PATTERNS = (Object.keys(FULFILLMENT_WORDS) as FulfillmentWord[]).map(
  (word) => [word, wordsPattern(all(FULFILLMENT_WORDS[word]))] as const,
);
export const IN_TRANSIT_PATTERN = wordsPattern(all(IN_TRANSIT_WORDS));
export const PAYMENT_PATTERN = wordsPattern(all(PAYMENT_WORDS));
export const RETURN_HEADING_PATTERN = wordsPattern(all(RETURN_HEADINGS));

/** "Unfulfilled", "Fulfilled (2)", "未发货" → its meaning; anything else → null. */
export function fulfillmentWord(text: string): FulfillmentWord | null {
  if (text.length > 40) return null;
  for (const [word, pattern] of FULFILLMENT_PATTERNS) if (pattern.test(text)) return word;
  return null;
}

// ── Return reasons ───────────────────────────────────────────────────────────────────────────

/**
 * The reason a buyer picked, as the admin shows it → Shopify's ReturnReason code. English texts
 * are the enum's own descriptions (reference/shopify/export-and-returns.md) plus the short forms
 * the admin is known to print; the Chinese ones are our translation.
 */
export const RETURN_REASON_CODES: Readonly<Record<string, string>> = {
  color: 'COLOR',
  colour: 'COLOR',
  'damaged or defective': 'DEFECTIVE',
  defective: 'DEFECTIVE',
  'item not as described': 'NOT_AS_DESCRIBED',
  'not as described': 'NOT_AS_DESCRIBED',
  other: 'OTHER',
  'size was too large': 'SIZE_TOO_LARGE',
  'size too large': 'SIZE_TOO_LARGE',
  'size was too small': 'SIZE_TOO_SMALL',
  'size too small': 'SIZE_TOO_SMALL',
  style: 'STYLE',
  unknown: 'UNKNOWN',
  'customer changed their mind': 'UNWANTED',
  'changed my mind': 'UNWANTED',
  'received the wrong item': 'WRONG_ITEM',
  'wrong item': 'WRONG_ITEM',
  颜色: 'COLOR',
  损坏或有缺陷: 'DEFECTIVE',
  商品损坏或有缺陷: 'DEFECTIVE',
  有缺陷: 'DEFECTIVE',
  商品与描述不符: 'NOT_AS_DESCRIBED',
  与描述不符: 'NOT_AS_DESCRIBED',
  其他: 'OTHER',
  尺码过大: 'SIZE_TOO_LARGE',
  尺码太大: 'SIZE_TOO_LARGE',
  尺码过小: 'SIZE_TOO_SMALL',
  尺码太小: 'SIZE_TOO_SMALL',
  款式: 'STYLE',
  未知: 'UNKNOWN',
  客户改变主意: 'UNWANTED',
  不想要了: 'UNWANTED',
  收到错误商品: 'WRONG_ITEM',
  发错商品: 'WRONG_ITEM',
};

export function returnReasonCode(text: string): string | undefined {
  return RETURN_REASON_CODES[text.trim().replace(/[.。]$/, '').toLowerCase()];
}

/** "€39,99 × 2" / "$12.00 x 1" → unit price text and quantity. */
export const PRICE_TIMES_QUANTITY = /^(.*\d.*?)\s*[×xX✕*]\s*(\d{1,5})$/;
/** Order names: "#1001" (the default format; a shop may add a prefix or suffix). */
export const ORDER_NAME_IN_TEXT = /(?<![\w#])#[A-Za-z]{0,6}\d{3,}[A-Za-z0-9-]*/g;
