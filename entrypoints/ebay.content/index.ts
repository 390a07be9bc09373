import { defineContentScript } from 'wxt/utils/define-content-script';
import { ebayMatchPatterns } from '@/lib/marketplaces/hosts';
import { ebayAdapter } from '@/lib/marketplaces/ebay';
import { rowFeatures } from '@/lib/features/annotations';
import { runFeatures } from '@/lib/features/run';

export default defineContentScript({
  matches: ebayMatchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, { adapter: ebayAdapter, features: rowFeatures, marketplaceName: 'eBay Seller Hub' });
  },
});
