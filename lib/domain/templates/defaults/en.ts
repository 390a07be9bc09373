/** Built-in reply templates, English. */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}Hello {{buyerName}},{{/buyerName}}{{^buyerName}}Hello,{{/buyerName}}';
const SIGN = 'Kind regards,\n{{#agentName}}{{agentName}}\n{{/agentName}}{{sellerName}}';

export const TEMPLATES_EN: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

Thank you for your message about order {{orderId}}. We're sorry the item didn't work out for you, and we'll gladly take care of the return.

[[One sentence on the reason the buyer gave for returning the item.]]

{{returnAction}}

{{#returnAddress}}
Please send the item, in its original packaging if possible, to:
{{returnAddress}}

Adding a note with your order number helps us match the parcel quickly.

{{/returnAddress}}
If you live in the EU or the UK, you also have a statutory right to cancel your purchase within 14 days of receiving it.

${SIGN}`,
  },
  {
    intent: 'return_request',
    variant: 2,
    body: `${HELLO}

Thank you for getting in touch about returning order {{orderId}}. Here is how we'll proceed:

{{returnAction}}
{{#returnAddress}}

Return address:
{{returnAddress}}
{{/returnAddress}}

[[Anything the buyer should know about this particular return.]]

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

We're very sorry to hear that the item from your order {{orderId}} is damaged.

[[One sentence of your own about what the buyer described.]]

Could you please reply with a photo of the damage and, if you still have it, of the outer packaging? This helps us improve our packaging. As soon as we have it, we will send you a replacement or refund the purchase price, whichever you prefer.
{{#couponCode}}

As a small apology for the trouble, here is a {{couponPercent}}% discount code for your next order: {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 2,
    body: `${HELLO}

Thank you for letting us know, and we're very sorry that the item from your order {{orderId}} is damaged.

[[A short personal apology that fits what happened.]]

You don't need to send it back. {{#refundAmount}}We have refunded {{refundAmount}} to your original payment method{{/refundAmount}}{{^refundAmount}}We are refunding the full purchase price to your original payment method{{/refundAmount}}; it usually appears within a few business days. Please dispose of the item if it can no longer be used.
{{#couponCode}}

As a small apology, here is a {{couponPercent}}% discount code for your next order: {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

Thank you for your message, and we're sorry that your order {{orderId}} hasn't reached you yet.

Your parcel was shipped with {{carrier}} on {{shippedOn}} (tracking number {{trackingNumber}}).{{#expectedDelivery}} The carrier currently expects to deliver it by {{expectedDelivery}}.{{/expectedDelivery}}

[[One sentence on the latest tracking status.]]

{{#expectedDelivery}}If it hasn't arrived by {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}If it hasn't arrived within the next five business days{{/expectedDelivery}}, please reply to this message and we will send you a replacement or refund you in full, whichever you prefer.

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 2,
    body: `${HELLO}

We're sorry to hear that you haven't received your order {{orderId}}. According to {{carrier}}, the parcel with tracking number {{trackingNumber}} has been delivered.

Parcels are sometimes handed to a neighbor or left in a safe place, at a reception desk or at a nearby pick-up point. Could you please check these places and your mailbox, and ask anyone in your household who might have taken it in?

[[Say what you will do if it doesn't turn up: send a replacement, refund, or open a claim with the carrier.]]

Please let us know either way, and we'll take care of it right away.

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

We're very sorry that you received the wrong item with your order {{orderId}}. This was our mistake.

[[Confirm what the buyer received instead, if they told you.]]

We will send you the correct item (“{{productTitle}}”) as soon as possible and at no extra cost.
{{#returnAddress}}

Please send the item you received back to the address below; we will of course cover the return shipping:
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

You don't need to send back the item you received.
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 2,
    body: `${HELLO}

Thank you for letting us know, and we're sorry for the mix-up with your order {{orderId}}.

So that we can send you the right item quickly, could you please reply with a photo of the item you received and of the label on its packaging?

[[Say what you will do once you have the photo: send the correct item or refund.]]

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

Thank you for your message about order {{orderId}}. Of course, we're happy to exchange the item for a different size.

[[Confirm the size the buyer asked for and that it is in stock.]]

{{returnAction}}
{{#returnAddress}}

Please send the original item, unworn and with any tags still attached, to:
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 2,
    body: `${HELLO}

Thank you for your message. We're sorry the size of your order {{orderId}} isn't right, and we'll gladly exchange it.

Which size would you like instead? If you're unsure, just tell us your usual size or your measurements and we'll help you choose.

[[Add a sizing tip for this item, e.g. whether it runs small or large.]]

As soon as we know the size, we'll confirm the exchange and explain the next steps.

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

Thank you for your message about order {{orderId}}.

[[Say whether the order could still be cancelled or has already shipped.]]

If it hasn't shipped yet, we will cancel it right away and refund any payment in full. If it is already on its way, you can refuse the delivery or send the item back once it arrives, and we will refund you in full. If you live in the EU or the UK, you also have a statutory right to cancel within 14 days of receiving the item, without giving a reason.

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

Thank you for your patience. We have refunded {{refundAmount}} for your order {{orderId}} to your original payment method.

Depending on your bank or card provider, it usually takes 3 to 5 business days, occasionally up to 10, for the amount to appear on your statement.

[[Add the refund date, or explain any part of the order not refunded yet.]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

Thank you for your message about the delivery address for order {{orderId}}.

[[Say whether the address can still be changed or the order has already shipped.]]

For your protection, we can only ship to the address saved with your order. If the order hasn't shipped yet, the safest way is to cancel it and order again with the correct address; we will confirm the cancellation right away.{{#trackingNumber}} If the parcel is already on its way, you may be able to redirect it with {{carrier}} using the tracking number {{trackingNumber}}.{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

Thank you for your message about order {{orderId}}.

[[Answer the buyer's question here.]]

If there is anything else we can do for you, just reply to this message.

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

We'd like to give you a quick update on your order {{orderId}}. It was shipped with {{carrier}} on {{shippedOn}} (tracking number {{trackingNumber}}).

The tracking hasn't been updated for a few days. This can happen when a parcel is waiting at a sorting center or in customs, and it usually starts moving again soon. We are keeping a close eye on it.

[[Add something specific, e.g. the last known location or that you have contacted the carrier.]]

{{#expectedDelivery}}If the parcel hasn't arrived by {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}If the parcel hasn't arrived within the next seven days{{/expectedDelivery}}, we will send you a replacement or a full refund, whichever you prefer. There is nothing you need to do for now.

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

We're sorry to let you know that your order {{orderId}} is taking longer to ship than we promised.

[[Give the reason for the delay in one honest sentence.]]

We now expect to ship it on {{newShipDate}}. Once it has shipped, you can follow it with the tracking number in your order details. If you would rather not wait, just let us know and we will cancel the order and refund you in full.

${SIGN}`,
  },
];
