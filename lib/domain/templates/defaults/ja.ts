/** Built-in reply templates, Japanese (敬語, business mail style: 様, いつもご利用いただき…). */
import type { TemplateSource } from './source';

const HELLO = `{{#buyerName}}{{buyerName}} 様{{/buyerName}}{{^buyerName}}お客様{{/buyerName}}

いつもご利用いただき、誠にありがとうございます。
{{sellerName}} カスタマーサポートでございます。`;
const SIGN = '何卒よろしくお願い申し上げます。\n\n{{sellerName}}{{#agentName}}\n担当：{{agentName}}{{/agentName}}';

export const TEMPLATES_JA: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} の返品について、ご連絡いただきありがとうございます。

[[お客様が挙げられた返品理由について、一文でお書きください。]]

{{returnAction}}

{{#returnAddress}}
お手数ですが、商品はできるだけお届け時の梱包のまま、下記住所までご返送ください。
{{returnAddress}}

ご注文番号を書いたメモを同封いただけますと、手続きがよりスムーズになります。

{{/returnAddress}}
ご不明な点がございましたら、本メッセージにご返信ください。

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} の商品に破損があったとのこと、大変ご迷惑をおかけし、誠に申し訳ございません。

[[お客様のご説明に沿ったお詫びの言葉を一文でお書きください。]]

お手数をおかけいたしますが、破損箇所の写真と、お手元に残っていれば外箱の写真を、本メッセージへのご返信にてお送りいただけますでしょうか。今後の梱包の改善に役立てさせていただきます。写真を確認でき次第、代替品の発送またはご購入代金の返金のいずれか、お客様のご希望に沿って対応いたします。
{{#couponCode}}

ご迷惑をおかけしたお詫びとして、次回のご注文にご利用いただける{{couponPercent}}%割引クーポン（コード：{{couponCode}}）をお送りいたします。
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} の商品がまだお手元に届いていないとのこと、ご心配をおかけし、誠に申し訳ございません。

商品は{{shippedOn}}に{{carrier}}にて発送いたしました。追跡番号は{{trackingNumber}}です。{{#expectedDelivery}}配送業者によりますと、{{expectedDelivery}}までにお届けの予定です。{{/expectedDelivery}}

[[最新の配送状況を一文でお書きください。]]

{{#expectedDelivery}}{{expectedDelivery}}を過ぎてもお届けがない場合{{/expectedDelivery}}{{^expectedDelivery}}5営業日以内にお届けがない場合{{/expectedDelivery}}は、本メッセージにご返信ください。代替品の発送または全額返金にて、ご希望に沿って対応いたします。

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} にて、ご注文と異なる商品をお届けしてしまい、誠に申し訳ございません。当店の不手際でございます。

[[お客様に届いた商品について、わかる範囲で一文でご確認ください。]]

正しい商品「{{productTitle}}」を、お客様にご負担をおかけすることなく、早急に発送いたします。
{{#returnAddress}}

お手数ですが、誤ってお届けした商品は下記住所までご返送ください。返送料は当店にて負担いたします。
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

誤ってお届けした商品のご返送は不要です。
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} のサイズ交換について、ご連絡いただきありがとうございます。喜んで別のサイズへの交換を承ります。

[[ご希望のサイズと在庫の有無をご確認ください。]]

{{returnAction}}
{{#returnAddress}}

お手数ですが、元の商品は未着用のまま、タグが付いている場合はタグを付けた状態で、下記住所までご返送ください。
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} のキャンセルについて、ご連絡いただきありがとうございます。

[[キャンセルが完了したか、すでに発送済みかをお書きください。]]

未発送の場合は直ちにキャンセルし、お支払い済みの代金は全額返金いたします。すでに発送済みの場合は、お受け取りを辞退いただくか、商品到着後にご返送いただければ、全額返金いたします。

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

ご返金についてお問い合わせいただき、ありがとうございます。ご注文番号 {{orderId}} につきまして、{{refundAmount}}の返金手続きを完了いたしました。ご購入時のお支払い方法に返金されます。

ご利用の金融機関やカード会社によって異なりますが、通常3〜5営業日（場合によっては最大10営業日）でご確認いただけます。

[[返金日、または未返金の部分があればその内容をお書きください。]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} のお届け先変更について、ご連絡いただきありがとうございます。

[[住所の変更が可能か、すでに発送済みかをお書きください。]]

お荷物を確実にお届けするため、商品はご注文時に登録されたご住所にのみ発送しております。未発送の場合は、一度ご注文をキャンセルのうえ、正しいご住所で改めてご注文いただくのが確実です。キャンセルはすぐに承ります。{{#trackingNumber}}すでに発送済みの場合は、追跡番号{{trackingNumber}}で{{carrier}}に転送をご依頼いただける場合がございます。{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} について、ご連絡いただきありがとうございます。

[[お客様のご質問への回答をここにお書きください。]]

その他ご不明な点がございましたら、お気軽に本メッセージへご返信ください。

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} の配送状況についてご連絡いたします。商品は{{shippedOn}}に{{carrier}}にて発送しており、追跡番号は{{trackingNumber}}です。

ここ数日、追跡情報が更新されていない状況です。仕分けセンターや税関で一時的に保留されている場合にこのようなことがあり、通常はまもなく配送が再開されます。当店でも引き続き状況を確認しております。

[[最後に確認できた場所や、配送業者への問い合わせ状況など、具体的な情報を追記してください。]]

{{#expectedDelivery}}{{expectedDelivery}}までにお届けがない場合{{/expectedDelivery}}{{^expectedDelivery}}今後7日以内にお届けがない場合{{/expectedDelivery}}は、代替品の発送または全額返金にて、ご希望に沿って対応いたします。現時点でお客様にお手続きいただくことはございません。

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

ご注文番号 {{orderId}} の発送が予定より遅れており、大変申し訳ございません。

[[遅延の理由を一文で正直にお書きください。]]

現在、{{newShipDate}}の発送を予定しております。発送後は、注文詳細に表示される追跡番号で配送状況をご確認いただけます。お待ちいただくのが難しい場合はお知らせください。ご注文をキャンセルのうえ、全額返金いたします。

${SIGN}`,
  },
];
