/**
 * The facts a reply template can use (F6: "frame + variables"). Each variable is filled from the
 * page (buyer name, order id, product, tracking, dates) or from the matched return rule; dates and
 * amounts arrive already formatted in the buyer's language (see format.ts).
 */
import type { TemplateLanguage } from './kinds';

export const TEMPLATE_VARIABLE_NAMES = [
  'buyerName',
  'orderId',
  'productTitle',
  'sku',
  'trackingNumber',
  'carrier',
  'shippedOn',
  'expectedDelivery',
  'returnAddress',
  'returnAction',
  'couponCode',
  'couponPercent',
  'refundAmount',
  'newShipDate',
  'sellerName',
  'agentName',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLE_NAMES)[number];

/** Values to fill a template with; absent, empty or blank values count as missing. */
export type TemplateValues = Partial<Record<TemplateVariable, string | null | undefined>>;

export interface TemplateVariableInfo {
  name: TemplateVariable;
  labelEn: string;
  labelZh: string;
  descriptionEn: string;
  descriptionZh: string;
  example: string;
  /** Short label shown in place of a missing value, in the template's language. */
  placeholder: Record<TemplateLanguage, string>;
}

export const TEMPLATE_VARIABLES: readonly TemplateVariableInfo[] = [
  {
    name: 'buyerName',
    labelEn: 'Buyer name',
    labelZh: '买家姓名',
    descriptionEn: 'The name the marketplace shows for the buyer. Often hidden on Amazon: greet with a section so the greeting still reads well without it.',
    descriptionZh: '平台显示的买家姓名。亚马逊常隐藏姓名：问候语请用条件段落，没有姓名时也通顺。',
    example: 'Alex Morgan',
    placeholder: { en: 'buyer name', de: 'Name des Käufers', fr: 'nom du client', es: 'nombre del cliente', it: 'nome del cliente', ja: 'お客様のお名前', zh: '买家姓名' },
  },
  {
    name: 'orderId',
    labelEn: 'Order number',
    labelZh: '订单号',
    descriptionEn: 'The marketplace order number, e.g. 114-3941689-8772232 on Amazon.',
    descriptionZh: '平台订单号，例如亚马逊的 114-3941689-8772232。',
    example: '114-3941689-8772232',
    placeholder: { en: 'order number', de: 'Bestellnummer', fr: 'numéro de commande', es: 'número de pedido', it: "numero d'ordine", ja: '注文番号', zh: '订单号' },
  },
  {
    name: 'productTitle',
    labelEn: 'Product',
    labelZh: '商品名称',
    descriptionEn: 'The product title as ordered. Marketplace titles can be long: shorten them if needed.',
    descriptionZh: '订单中的商品标题。平台标题可能很长，必要时请缩短。',
    example: 'Merino wool beanie, navy',
    placeholder: { en: 'product', de: 'Artikel', fr: 'article', es: 'artículo', it: 'articolo', ja: '商品名', zh: '商品名称' },
  },
  {
    name: 'sku',
    labelEn: 'SKU',
    labelZh: 'SKU',
    descriptionEn: 'The seller SKU of the ordered item.',
    descriptionZh: '所订商品的卖家 SKU。',
    example: 'HW-BEANIE-NVY',
    placeholder: { en: 'SKU', de: 'SKU', fr: 'SKU', es: 'SKU', it: 'SKU', ja: 'SKU', zh: 'SKU' },
  },
  {
    name: 'trackingNumber',
    labelEn: 'Tracking number',
    labelZh: '物流单号',
    descriptionEn: 'The carrier tracking number of the shipment.',
    descriptionZh: '承运商的物流跟踪单号。',
    example: '1Z999AA10123456784',
    placeholder: { en: 'tracking number', de: 'Sendungsnummer', fr: 'numéro de suivi', es: 'número de seguimiento', it: 'numero di tracciamento', ja: '追跡番号', zh: '物流单号' },
  },
  {
    name: 'carrier',
    labelEn: 'Carrier',
    labelZh: '承运商',
    descriptionEn: 'The carrier that ships the parcel (UPS, DHL, Royal Mail, ヤマト運輸…).',
    descriptionZh: '负责运输的承运商（UPS、DHL、Royal Mail、ヤマト運輸等）。',
    example: 'UPS',
    placeholder: { en: 'carrier', de: 'Versanddienstleister', fr: 'transporteur', es: 'empresa de transporte', it: 'corriere', ja: '配送業者', zh: '承运商' },
  },
  {
    name: 'shippedOn',
    labelEn: 'Ship date',
    labelZh: '发货日期',
    descriptionEn: 'The date the parcel was shipped, formatted for the buyer (formatForLanguage).',
    descriptionZh: '发货日期，按买家语言格式化（formatForLanguage）。',
    example: 'March 3, 2025',
    placeholder: { en: 'ship date', de: 'Versanddatum', fr: "date d'expédition", es: 'fecha de envío', it: 'data di spedizione', ja: '発送日', zh: '发货日期' },
  },
  {
    name: 'expectedDelivery',
    labelEn: 'Expected delivery',
    labelZh: '预计送达日期',
    descriptionEn: 'The latest expected delivery date, formatted for the buyer.',
    descriptionZh: '最晚预计送达日期，按买家语言格式化。',
    example: 'March 10, 2025',
    placeholder: { en: 'delivery date', de: 'Zustelldatum', fr: 'date de livraison', es: 'fecha de entrega', it: 'data di consegna', ja: 'お届け予定日', zh: '预计送达日期' },
  },
  {
    name: 'returnAddress',
    labelEn: 'Return address',
    labelZh: '退货地址',
    descriptionEn: 'The return address the matched return rule chose, one line per address line. Absent when the buyer keeps the item.',
    descriptionZh: '匹配的退货规则选定的退货地址，每行一段。买家无需退回时为空。',
    example: 'Northwind Returns c/o Partner Logistics\nHanauer Landstraße 1\n60314 Frankfurt am Main\nGermany',
    placeholder: { en: 'return address', de: 'Rücksendeadresse', fr: 'adresse de retour', es: 'dirección de devolución', it: 'indirizzo di reso', ja: '返送先住所', zh: '退货地址' },
  },
  {
    name: 'returnAction',
    labelEn: 'What happens next',
    labelZh: '处理方式',
    descriptionEn: 'One or two full sentences, in the buyer’s language, saying what the matched return rule decided (returnActionText).',
    descriptionZh: '用买家语言写的一两句完整的话，说明退货规则的处理结果（returnActionText）。',
    example: 'Please send the item back to us. We will refund the purchase price as soon as it arrives.',
    placeholder: { en: 'next step for the buyer', de: 'nächster Schritt', fr: 'prochaine étape', es: 'siguiente paso', it: 'prossimo passo', ja: '今後の対応', zh: '处理方式' },
  },
  {
    name: 'couponCode',
    labelEn: 'Coupon code',
    labelZh: '优惠码',
    descriptionEn: 'A compensation discount code. Amazon does not allow coupons for future purchases in buyer messages: leave it empty for Amazon orders.',
    descriptionZh: '补偿用的折扣码。亚马逊不允许在买家消息中发放用于今后购物的优惠券：亚马逊订单请留空。',
    example: 'SORRY10',
    placeholder: { en: 'coupon code', de: 'Gutscheincode', fr: 'code de réduction', es: 'código de descuento', it: 'codice sconto', ja: 'クーポンコード', zh: '优惠码' },
  },
  {
    name: 'couponPercent',
    labelEn: 'Coupon %',
    labelZh: '优惠百分比',
    descriptionEn: 'The coupon discount as a number only (10, not 10 %): the template writes the percent sign the way its language does.',
    descriptionZh: '仅填数字（10，而不是 10%）：百分号由模板按其语言习惯书写。',
    example: '10',
    placeholder: { en: 'discount', de: 'Rabatt', fr: 'remise', es: 'descuento', it: 'sconto', ja: '割引率', zh: '折扣' },
  },
  {
    name: 'refundAmount',
    labelEn: 'Refund amount',
    labelZh: '退款金额',
    descriptionEn: 'The amount refunded, formatted with its currency for the buyer.',
    descriptionZh: '退款金额，带币种并按买家语言格式化。',
    example: '$24.99',
    placeholder: { en: 'refund amount', de: 'Erstattungsbetrag', fr: 'montant remboursé', es: 'importe reembolsado', it: 'importo rimborsato', ja: '返金額', zh: '退款金额' },
  },
  {
    name: 'newShipDate',
    labelEn: 'New ship date',
    labelZh: '新发货日期',
    descriptionEn: 'The date a delayed order will now ship, formatted for the buyer.',
    descriptionZh: '延迟订单的新发货日期，按买家语言格式化。',
    example: 'March 7, 2025',
    placeholder: { en: 'new ship date', de: 'neues Versanddatum', fr: "nouvelle date d'expédition", es: 'nueva fecha de envío', it: 'nuova data di spedizione', ja: '新しい発送予定日', zh: '新发货日期' },
  },
  {
    name: 'sellerName',
    labelEn: 'Shop name',
    labelZh: '店铺名称',
    descriptionEn: 'The shop name the buyer knows, used in the signature.',
    descriptionZh: '买家看到的店铺名称，用于落款。',
    example: 'Northwind Goods',
    placeholder: { en: 'shop name', de: 'Shopname', fr: 'nom de la boutique', es: 'nombre de la tienda', it: 'nome del negozio', ja: 'ショップ名', zh: '店铺名称' },
  },
  {
    name: 'agentName',
    labelEn: 'Agent name',
    labelZh: '客服姓名',
    descriptionEn: 'The first name of the agent who signs the reply (optional).',
    descriptionZh: '落款客服的名字（可选）。',
    example: 'Lin',
    placeholder: { en: 'your name', de: 'Ihr Name', fr: 'votre prénom', es: 'su nombre', it: 'il suo nome', ja: '担当者名', zh: '客服姓名' },
  },
];

const byName = new Map<string, TemplateVariableInfo>(TEMPLATE_VARIABLES.map((v) => [v.name, v]));

export function isTemplateVariable(name: string): name is TemplateVariable {
  return byName.has(name);
}

export function templateVariableInfo(name: TemplateVariable): TemplateVariableInfo {
  return byName.get(name)!;
}
