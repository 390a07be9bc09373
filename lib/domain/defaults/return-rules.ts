/**
 * The seed return rules of F5, in the order they are tried (lowest priority number first). All are
 * editable; priorities leave gaps so a seller can slot rules in between.
 */
import type { ReturnRule } from '../schemas';

/** "Below $20 / €20": a return's shipping would cost more than the item (就地处置). */
export const LOW_VALUE_THRESHOLDS = { USD: 20, EUR: 20, GBP: 20, CAD: 25, AUD: 30, JPY: 3000 };
/** At or above these, a person with authority looks at the case first. */
export const HIGH_VALUE_THRESHOLDS = { USD: 200, EUR: 200, GBP: 180, CAD: 250, AUD: 300, JPY: 30000 };

/**
 * "Special category": mains-powered lighting. A returned lamp must be safety-checked before it is
 * resold, so the return goes past a supervisor whatever its value. Sellers add categories here.
 */
export const SPECIAL_CATEGORY_IDS = ['electronics-lighting'];

export const DEFAULT_RETURN_RULES: readonly ReturnRule[] = [
  {
    id: 'low-value-keep-item',
    name: 'Low value: refund, buyer keeps the item',
    nameZh: '低价值：直接退款，无需退货（就地处置）',
    enabled: true,
    priority: 10,
    conditions: [{ type: 'orderValueBelow', amounts: LOW_VALUE_THRESHOLDS }],
    action: { kind: 'refund_without_return', approval: 'automatic', returnTo: 'none' },
  },
  {
    id: 'high-value-supervisor',
    name: 'High value: supervisor approval, return to nearest partner warehouse',
    nameZh: '高价值：主管审批，退回最近的合作海外仓',
    enabled: true,
    priority: 20,
    conditions: [{ type: 'orderValueAtLeast', amounts: HIGH_VALUE_THRESHOLDS }],
    action: { kind: 'supervisor_approval', approval: 'supervisor', returnTo: 'nearest-partner-warehouse' },
  },
  {
    id: 'special-category-supervisor',
    name: 'Special category (mains lighting): supervisor approval',
    nameZh: '特殊品类（市电照明）：主管审批',
    enabled: true,
    priority: 30,
    conditions: [{ type: 'category', anyOf: SPECIAL_CATEGORY_IDS }],
    action: { kind: 'supervisor_approval', approval: 'supervisor', returnTo: 'nearest-partner-warehouse' },
  },
  {
    id: 'size-fit-exchange',
    name: 'Size or fit: approve the exchange automatically',
    nameZh: '尺码不合适：自动同意换货',
    enabled: true,
    priority: 40,
    conditions: [{ type: 'reason', anyOf: ['size_fit'] }],
    action: { kind: 'approve_exchange', approval: 'automatic', returnTo: 'nearest-partner-warehouse' },
  },
  {
    id: 'quality-exchange-coupon',
    name: 'Quality defect or damage: exchange plus a 10% coupon',
    nameZh: '质量问题或破损：换货并补偿 10% 优惠券',
    enabled: true,
    priority: 50,
    conditions: [{ type: 'reason', anyOf: ['defective', 'damaged'] }],
    action: { kind: 'exchange_with_coupon', approval: 'agent', couponPercent: 10, returnTo: 'returns-service' },
  },
  {
    id: 'standard-return',
    name: 'Everything else: standard return via the returns service',
    nameZh: '其他情况：标准退货，寄往第三方退货服务商',
    enabled: true,
    priority: 1000,
    conditions: [],
    action: { kind: 'standard_return', approval: 'agent', returnTo: 'returns-service' },
  },
];
