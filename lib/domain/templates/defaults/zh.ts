/** Built-in reply templates, simplified Chinese (您; polite customer-service style). */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}{{buyerName}}，您好！{{/buyerName}}{{^buyerName}}您好！{{/buyerName}}';
const SIGN = '祝您生活愉快！\n\n{{sellerName}}{{#agentName}}\n客服：{{agentName}}{{/agentName}}';

export const TEMPLATES_ZH: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

感谢您就订单 {{orderId}} 联系我们，我们会尽快为您处理退货。

[[用一句话回应买家提到的退货原因。]]

{{returnAction}}

{{#returnAddress}}
请尽量使用原包装，将商品寄至以下地址：
{{returnAddress}}

如在包裹内附上写有订单号的纸条，我们可以更快地为您处理。

{{/returnAddress}}
如有任何疑问，欢迎直接回复此消息。

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

得知您订单 {{orderId}} 中的商品出现损坏，我们深表歉意。

[[针对买家描述的情况，写一句诚恳的致歉。]]

麻烦您直接回复此消息，发送一张商品损坏处的照片；如外包装还在，也请一并拍照。这能帮助我们改进包装。收到照片后，我们会按您的意愿为您补发新品或退还货款。
{{#couponCode}}

为表歉意，我们为您准备了一个下次购物可享 {{couponPercent}}% 折扣的优惠码：{{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

感谢您的来信。您的订单 {{orderId}} 尚未送达，给您带来不便，非常抱歉。

您的包裹已于 {{shippedOn}} 通过 {{carrier}} 发出，物流单号为 {{trackingNumber}}。{{#expectedDelivery}}承运商预计最晚于 {{expectedDelivery}} 送达。{{/expectedDelivery}}

[[用一句话说明最新的物流状态。]]

{{#expectedDelivery}}如果到 {{expectedDelivery}} 仍未收到包裹{{/expectedDelivery}}{{^expectedDelivery}}如果 5 个工作日内仍未收到包裹{{/expectedDelivery}}，请直接回复此消息，我们将根据您的意愿为您补发或全额退款。

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

非常抱歉，我们在您的订单 {{orderId}} 中发错了商品，这是我们的失误。

[[如买家已说明，确认一下买家实际收到的商品。]]

我们会尽快为您免费补发正确的商品“{{productTitle}}”。
{{#returnAddress}}

麻烦您将发错的商品寄回以下地址，退货运费由我们承担：
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

发错的商品无需退回。
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

感谢您就订单 {{orderId}} 联系我们，我们很乐意为您更换其他尺码。

[[确认买家需要的尺码，并确认有货。]]

{{returnAction}}
{{#returnAddress}}

请保持原商品未穿着、吊牌完好，寄至以下地址：
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

感谢您就订单 {{orderId}} 联系我们。

[[说明订单是否已成功取消，或是否已经发货。]]

如果订单尚未发货，我们会立即为您取消，已支付的款项将全额退还。如果包裹已在运输途中，您可以拒收，或在收到后将商品寄回，我们将为您全额退款。

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

感谢您的耐心等待。我们已为您的订单 {{orderId}} 办理了 {{refundAmount}} 的退款，款项将原路退回至您下单时使用的支付方式。

视银行或发卡机构而定，退款通常需要 3 至 5 个工作日到账，个别情况下最长可能需要 10 个工作日。

[[注明退款日期，或说明订单中尚未退款的部分。]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

感谢您就订单 {{orderId}} 的收货地址联系我们。

[[说明地址是否还能修改，或订单是否已经发货。]]

为保障您的权益，我们只能将商品寄往订单中登记的地址。如果订单尚未发货，最稳妥的方式是取消订单后使用正确地址重新下单，我们会立即确认取消。{{#trackingNumber}}如果包裹已经发出，您或许可以凭物流单号 {{trackingNumber}} 向 {{carrier}} 申请改派。{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

感谢您就订单 {{orderId}} 联系我们。

[[在此回答买家的问题。]]

如还有其他需要帮助的地方，欢迎直接回复此消息。

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

我们想向您通报订单 {{orderId}} 的物流进展：包裹已于 {{shippedOn}} 通过 {{carrier}} 发出，物流单号为 {{trackingNumber}}。

最近几天物流信息暂未更新。包裹在分拣中心或海关等待处理时，偶尔会出现这种情况，通常很快就会恢复运输。我们也在持续关注您的包裹。

[[补充具体信息，例如最后已知的位置，或您已联系承运商。]]

{{#expectedDelivery}}如果到 {{expectedDelivery}} 仍未收到包裹{{/expectedDelivery}}{{^expectedDelivery}}如果 7 天内仍未收到包裹{{/expectedDelivery}}，我们将根据您的意愿为您补发或全额退款。目前您无需进行任何操作。

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

非常抱歉，您的订单 {{orderId}} 发货时间比预期有所延迟。

[[用一句话如实说明延迟的原因。]]

我们预计将于 {{newShipDate}} 发货。发货后，您可以在订单详情中查看物流单号并跟踪包裹。如果您不想继续等待，请告诉我们，我们将为您取消订单并全额退款。

${SIGN}`,
  },
];
