import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonMatchPatterns } from '@/lib/marketplaces/hosts';
import { amazonAdapter } from '@/lib/marketplaces/amazon';
import { rowFeatures } from '@/lib/features/annotations';
import { runFeatures } from '@/lib/features/run';

export default defineContentScript({
  matches: amazonMatchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, { adapter: amazonAdapter, features: rowFeatures, marketplaceName: 'Amazon Seller Central' });
  },
});
