/** The guardrail's cost per check on a 2,000-character reply, beside a one-regex baseline. */
import { checkReply } from '../../lib/domain/guardrail';

const ORDINARY = 'Thank you for your message about order 114-3941689-8772232; the parcel left on 05.03.2025 with DHL. '.repeat(25).slice(0, 2000);
const DENSE = 'Bitte hinterlassen Sie eine Bewertung. Visit www.x.com, call 030 1234567, leave a review for a coupon. 好评返现。'.repeat(25).slice(0, 2000);

function perCall(fn: () => unknown): number {
  for (let i = 0; i < 200; i++) fn();
  // Best of several batches: the machine is shared, the minimum is the code's own cost.
  return Math.min(
    ...Array.from({ length: 9 }, () => {
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) fn();
      return (performance.now() - t0) / 100;
    }),
  );
}

export function benchGuardrail(): { baselineMs: number; ordinaryMs: number; denseMs: number } {
  const url = /https?:\/\/\S+/g;
  return {
    baselineMs: perCall(() => ORDINARY.match(url)),
    ordinaryMs: perCall(() => checkReply(ORDINARY, { marketplace: 'amazon' })),
    denseMs: perCall(() => checkReply(DENSE, { marketplace: 'amazon' })),
  };
}
