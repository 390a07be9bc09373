import { defineContentScript } from 'wxt/utils/define-content-script';
import { shopifyMatchPatterns } from '@/lib/marketplaces/hosts';
import { shopifyAdapter } from '@/lib/marketplaces/shopify';
import { shopifyMessaging } from '@/lib/marketplaces/shopify/messaging';
import { rowFeatures } from '@/lib/features/annotations';
import { runFeatures } from '@/lib/features/run';
import { runReplyAssistant } from '@/lib/features/reply/run';

export default defineContentScript({
  matches: [...shopifyMatchPatterns],
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, { adapter: shopifyAdapter, features: rowFeatures, marketplaceName: 'Shopify admin' });
    runReplyAssistant(ctx, shopifyMessaging);
  },
});
