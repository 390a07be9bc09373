/**
 * The return-rule editor, warehouses and profit view (F12, F13, F25): messages from the dashboard.
 * The what-if runs in the background, next to the cases: the page sends its draft rule list and
 * gets back a summary and the affected cases, never the whole case store.
 */
import { z } from 'zod';
import { Explanation } from '../domain/annotations';
import {
  Category,
  DutyRate,
  Marketplace,
  ProfitSettings,
  ReturnActionKind,
  ReturnReason,
  ReturnRule,
  RoleTag,
  Sku,
  VatRate,
  Warehouse,
} from '../domain/schemas';
import { Empty, message } from './content-protocol';

const PAGES = ['extension-page'] as const;

/** A rule list as the editor holds it; each rule is parsed in the background with plain-words errors. */
export const RULE_LIST_MAX = 500;
const DraftRules = z.array(z.unknown()).max(RULE_LIST_MAX, `must hold at most ${RULE_LIST_MAX} rules`);

export const RuleEditorData = z.object({
  rules: z.array(ReturnRule),
  warehouses: z.array(Warehouse),
  categories: z.array(Category),
  tags: z.array(RoleTag),
  /** Stored return/exchange cases per order currency, most first (validateRules' context). */
  caseCurrencies: z.array(z.object({ currency: z.string(), count: z.number().int() })),
  ruleCases: z.number().int(),
});
export type RuleEditorData = z.infer<typeof RuleEditorData>;

const DecisionWire = z.object({
  ruleId: z.string().nullable(),
  action: ReturnActionKind,
  approval: z.enum(['automatic', 'agent', 'supervisor']),
  couponPercent: z.number().nullable(),
  warehouseId: z.string().nullable(),
});

export const AffectedCase = z.object({
  caseId: z.string(),
  orderId: z.string(),
  sku: z.string().nullable(),
  reason: z.nullable(ReturnReason),
  country: z.string().nullable(),
  marketplace: Marketplace,
  currency: z.string().nullable(),
  orderValue: z.number().nullable(),
  before: DecisionWire,
  after: DecisionWire,
  costBefore: z.number().nullable(),
  costAfter: z.number().nullable(),
});
export type AffectedCase = z.infer<typeof AffectedCase>;

const Amount = z.object({ currency: z.string(), amount: z.number() });

export const WhatIfReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
  z.object({
    ok: z.literal(true),
    cases: z.number().int(),
    ignored: z.number().int(),
    changed: z.number().int(),
    ruleOnlyChanges: z.number().int(),
    changes: z.array(z.object({ from: ReturnActionKind, to: ReturnActionKind, count: z.number().int(), costDelta: z.array(Amount) })),
    newlySupervisor: z.number().int(),
    noLongerSupervisor: z.number().int(),
    cost: z.array(z.object({ currency: z.string(), cases: z.number().int(), before: z.number(), after: z.number(), delta: z.number() })),
    notes: z.array(Explanation),
    /** The changed cases, most costly change first, at most `limit`. */
    affected: z.array(AffectedCase),
    /** Milliseconds the background spent: reading the cases (or only checking its copy is current), and deciding them. */
    timing: z.object({ readMs: z.number(), computeMs: z.number(), casesFromMemory: z.boolean() }),
  }),
]);
export type WhatIfReply = z.infer<typeof WhatIfReply>;

export const SaveRulesReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), rules: z.array(ReturnRule) }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
]);

export const ProfitData = z.object({
  profit: ProfitSettings,
  skus: z.array(Sku),
  categories: z.array(Category),
  vatRates: z.array(VatRate),
  dutyRates: z.array(DutyRate),
  iossThresholdEur: z.number(),
});
export type ProfitData = z.infer<typeof ProfitData>;

export const rulesMessages = {
  getRuleEditor: message({ from: PAGES, request: Empty, response: RuleEditorData }),
  /** F25: the stored rules against `rules` (the editor's draft) over every stored case. */
  runWhatIf: message({
    from: PAGES,
    request: z.object({ rules: DraftRules, limit: z.number().int().min(0).max(2000).default(500) }),
    response: WhatIfReply,
  }),
  /** The whole list, all or nothing. */
  saveReturnRules: message({ from: PAGES, request: z.object({ rules: DraftRules }), response: SaveRulesReply }),
  saveWarehouse: message({
    from: PAGES,
    request: z.object({ warehouse: z.unknown() }),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), warehouse: Warehouse }), z.object({ ok: z.literal(false), errors: z.array(z.string()) })]),
  }),
  deleteWarehouse: message({ from: PAGES, request: z.object({ id: z.string().min(1).max(200) }), response: z.object({ deleted: z.boolean() }) }),
  /** F12: everything the profit view computes with; its inputs are saved with saveSettings({ profit }). */
  getProfitData: message({ from: PAGES, request: Empty, response: ProfitData }),
} as const;
