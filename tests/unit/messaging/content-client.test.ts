import { describe, expect, it } from 'vitest';
import { Settings } from '@/lib/domain/vocabulary';
import { CONTENT_CHECKS, readContentSettings } from '@/lib/messaging/content-client';
import { contentProtocol } from '@/lib/messaging/content-protocol';

describe('content scripts check their messages as the protocol says', () => {
  it('uses the protocol table schemas wherever it checks with zod', () => {
    expect(Object.keys(CONTENT_CHECKS).sort()).toEqual(Object.keys(contentProtocol).sort());
    for (const [name, check] of Object.entries(CONTENT_CHECKS)) {
      const def = contentProtocol[name as keyof typeof contentProtocol];
      if (check.request) expect(check.request, name).toBe(def.request);
      if (check.response) expect(check.response, name).toBe(def.response);
      // Every answer is checked one way or the other.
      expect(Boolean(check.response) || Boolean(check.read), name).toBe(true);
    }
    // Sent unchecked only where every row was parsed with PageRow when it was read.
    expect(Object.entries(CONTENT_CHECKS).filter(([, check]) => !check.request).map(([name]) => name).sort()).toEqual(['annotateRows', 'recordReturnCases']);
  });

  it('reads the settings fields it uses exactly as the Settings schema does', () => {
    for (const value of [
      {},
      { features: { 'return-hint': false }, replyDeadlineHours: { ebay: 48 }, sellerName: 'Anna', profit: { listings: [] } },
      { features: { 'reply-clock': true, 'adapter-health': false } },
    ]) {
      const full = Settings.parse(value);
      expect(readContentSettings(value)).toEqual({ features: full.features, replyDeadlineHours: full.replyDeadlineHours });
    }
    for (const bad of [{ features: { 'return-hint': 'no' } }, { replyDeadlineHours: { ebay: 0 } }, { replyDeadlineHours: { ebay: 24 * 15 } }, { features: [] }]) {
      expect(Settings.safeParse(bad).success).toBe(false);
      expect(() => readContentSettings(bad)).toThrow();
    }
  });
});
