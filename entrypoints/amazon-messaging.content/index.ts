import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonMessagingMatchPatterns } from '@/lib/marketplaces/hosts';
import { amazonMessaging } from '@/lib/marketplaces/amazon/messaging';
import { runReplyAssistant } from '@/lib/features/reply/run';

export default defineContentScript({
  matches: amazonMessagingMatchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    runReplyAssistant(ctx, amazonMessaging);
  },
});
