import { defineContentScript } from 'wxt/utils/define-content-script';
import { ebayMessagingMatchPatterns } from '@/lib/marketplaces/hosts';
import { ebayMessaging } from '@/lib/marketplaces/ebay/messaging';
import { runReplyAssistant } from '@/lib/features/reply/run';

export default defineContentScript({
  matches: ebayMessagingMatchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    runReplyAssistant(ctx, ebayMessaging);
  },
});
