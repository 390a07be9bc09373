/**
 * The UI calls getMessage(code, Object.values(params)): params must come in placeholder order.
 * These tests hold lib/domain's explanations and locales/domain.json together.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../lib/domain/annotate';
import type { Explanation } from '../../../lib/domain/annotations';
import { ComplianceWarningKind } from '../../../lib/domain/annotations';
import { EXPLANATION_PARAMS } from '../../../lib/domain/explain';
import { resolveReturnAddress } from '../../../lib/domain/returns';
import { ReturnActionKind, ReturnAction, ReturnReason } from '../../../lib/domain/schemas';
import { WAREHOUSES } from './fixtures';
import { VARIED_ROWS, snapshot } from './scenario';

interface Entry {
  en: string;
  zh_CN: string;
  placeholders?: Record<string, { content: string }>;
}
const localesDir = resolve(import.meta.dirname, '../../../locales');
const messages = JSON.parse(readFileSync(resolve(localesDir, 'domain.json'), 'utf8')) as Record<string, Entry>;
const placeholderNames = (code: string) => Object.keys(messages[code]?.placeholders ?? {});
const usedIn = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]))];

function expectTranslatable(explanation: Explanation) {
  expect(messages, explanation.code).toHaveProperty(explanation.code);
  expect(Object.keys(explanation.params), explanation.code).toEqual(placeholderNames(explanation.code));
}

describe('locales/domain.json', () => {
  it('has every explanation code, placeholders in parameter order as $1, $2…', () => {
    for (const [code, params] of Object.entries(EXPLANATION_PARAMS)) {
      expect(messages, code).toHaveProperty(code);
      expect(placeholderNames(code), code).toEqual([...params]);
      expect(Object.values(messages[code]!.placeholders ?? {}).map((p) => p.content), code).toEqual(params.map((_, i) => `$${i + 1}`));
    }
  });

  it('every text uses exactly its placeholders, in both languages; at most 9 (chrome.i18n)', () => {
    for (const [code, entry] of Object.entries(messages)) {
      const names = placeholderNames(code);
      expect(names.length).toBeLessThanOrEqual(9);
      expect(usedIn(entry.en).sort(), `${code} en`).toEqual([...names].sort());
      expect(usedIn(entry.zh_CN).sort(), `${code} zh_CN`).toEqual([...names].sort());
      expect(entry.zh_CN, code).toMatch(/[\u4e00-\u9fff]/);
      expect(code).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('names every reason, action, approval level and warning kind', () => {
    for (const reason of ReturnReason.options) expect(messages).toHaveProperty(`reason_${reason}`);
    for (const action of ReturnActionKind.options) expect(messages).toHaveProperty(`action_${action}`);
    for (const level of ReturnAction.shape.approval.unwrap().options) expect(messages).toHaveProperty(`approval_${level}`);
    for (const kind of ComplianceWarningKind.options) expect(messages).toHaveProperty(`warning_${kind}`);
  });

  it('shares no key with the other locale fragments', () => {
    for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json') && f !== 'domain.json')) {
      const other = JSON.parse(readFileSync(resolve(localesDir, file), 'utf8')) as Record<string, unknown>;
      for (const key of Object.keys(messages)) expect(other, `${file} also defines ${key}`).not.toHaveProperty(key);
    }
  });

  it('every explanation the domain emits on pages can be shown', () => {
    const seen = new Set<string>();
    const check = (e: Explanation) => {
      seen.add(e.code);
      expectTranslatable(e);
    };
    const annotator = createAnnotator(snapshot());
    for (const page of ['ordersList', 'returnsList'] as const) {
      for (const row of annotator.annotate({ marketplace: 'amazon', page, rows: VARIED_ROWS })) {
        row.compliance?.warnings.forEach((w) => check(w.explanation));
        row.compliance?.tax?.explanation.forEach(check);
        row.returnHint?.explanation.forEach(check);
      }
    }
    for (const target of ['own-cn', 'gone', 'none'] as const) resolveReturnAddress(target, 'US', WAREHOUSES).explanation.forEach(check);
    resolveReturnAddress('nearest-partner-warehouse', undefined, WAREHOUSES).explanation.forEach(check);
    resolveReturnAddress('returns-service', 'JP', WAREHOUSES).explanation.forEach(check);
    // The scenario reaches most codes; the rest are covered by the first test and the unit tests.
    expect(seen.size).toBeGreaterThan(25);
  });
});

describe('locales/reply.json', () => {
  const reply = JSON.parse(readFileSync(resolve(localesDir, 'reply.json'), 'utf8')) as Record<string, Entry>;

  it('has every guardrail explanation, placeholders in parameter order', async () => {
    const { GUARDRAIL_EXPLANATION_PARAMS } = await import('../../../lib/domain/guardrail');
    for (const [code, params] of Object.entries(GUARDRAIL_EXPLANATION_PARAMS)) {
      expect(reply, code).toHaveProperty(code);
      expect(Object.keys(reply[code]!.placeholders ?? {}), code).toEqual([...params]);
      expect(Object.values(reply[code]!.placeholders ?? {}).map((p) => p.content), code).toEqual(params.map((_, i) => `$${i + 1}`));
    }
  });

  it('names every intent, proactive notice and template language', async () => {
    const { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES } = await import('../../../lib/domain/templates/kinds');
    for (const intent of TEMPLATE_INTENTS) expect(reply).toHaveProperty(`intent_${intent}`);
    for (const language of TEMPLATE_LANGUAGES) expect(reply).toHaveProperty(`language_${language}`);
  });

  it('has the shipping notices’ explanations in locales/domain.json', () => {
    for (const code of ['notice_not_shipped_hours', 'notice_ship_by_passed', 'notice_tracking_stalled_days', 'notice_shipped_days_no_delivery', 'notice_delivery_overdue']) {
      expect(messages).toHaveProperty(code);
    }
  });
});
