/**
 * The reply templates HelloWord ships with (F6, F13): every intent and proactive notice in every
 * library language, the five most common intents with a second English variant. Ids are stable
 * ("builtin.damaged.de.1"), so a seller's edits and disabled flags can be kept across updates;
 * variant n of an intent is one group across languages ("builtin.damaged.1").
 */
import { withFrenchSpacing } from '../format';
import type { TemplateIntent, TemplateLanguage } from '../kinds';
import type { ReplyTemplate } from '../schema';
import { TEMPLATES_DE } from './de';
import { TEMPLATES_EN } from './en';
import { TEMPLATES_ES } from './es';
import { TEMPLATES_FR } from './fr';
import { TEMPLATES_IT } from './it';
import { TEMPLATES_JA } from './ja';
import type { TemplateSource } from './source';
import { TEMPLATES_ZH } from './zh';

const SOURCES: Record<TemplateLanguage, readonly TemplateSource[]> = {
  en: TEMPLATES_EN,
  de: TEMPLATES_DE,
  fr: TEMPLATES_FR,
  es: TEMPLATES_ES,
  it: TEMPLATES_IT,
  ja: TEMPLATES_JA,
  zh: TEMPLATES_ZH,
};

/** Group names, the same for every language variant (the editor shows one name per group). */
const NAMES: Record<string, { name: string; nameZh: string }> = {
  'return_request.1': { name: 'Return: next steps', nameZh: '退货：后续步骤' },
  'return_request.2': { name: 'Return: short confirmation', nameZh: '退货：简短确认' },
  'damaged.1': { name: 'Damaged: photo, then replacement or refund', nameZh: '商品损坏：请买家拍照，再补发或退款' },
  'damaged.2': { name: 'Damaged: refund, no need to send it back', nameZh: '商品损坏：直接退款，无需退回' },
  'not_received.1': { name: 'Not received: parcel on its way', nameZh: '未收到：包裹运输中' },
  'not_received.2': { name: 'Not received: marked as delivered', nameZh: '未收到：物流显示已签收' },
  'wrong_item.1': { name: 'Wrong item: correct item on its way', nameZh: '发错货：补发正确商品' },
  'wrong_item.2': { name: 'Wrong item: ask for a photo', nameZh: '发错货：请买家提供照片' },
  'size_exchange.1': { name: 'Size exchange: approved', nameZh: '换尺码：同意换货' },
  'size_exchange.2': { name: 'Size exchange: ask which size', nameZh: '换尺码：询问所需尺码' },
  'cancel.1': { name: 'Cancellation request', nameZh: '取消订单' },
  'refund_status.1': { name: 'Refund issued', nameZh: '退款进度' },
  'address_change.1': { name: 'Change of delivery address', nameZh: '修改收货地址' },
  'other.1': { name: 'General reply', nameZh: '通用回复' },
  'shipping_delay.1': { name: 'Tracking not moving: reassurance', nameZh: '物流停滞：安抚买家' },
  'late_shipment.1': { name: 'Late shipment: apology and new ship date', nameZh: '延迟发货：致歉并告知新发货日期' },
};

export function builtInTemplateId(intent: TemplateIntent, language: TemplateLanguage, variant: number): string {
  return `builtin.${intent}.${language}.${variant}`;
}

function build(): ReplyTemplate[] {
  const templates: ReplyTemplate[] = [];
  for (const [language, sources] of Object.entries(SOURCES) as Array<[TemplateLanguage, readonly TemplateSource[]]>) {
    for (const { intent, variant, body } of sources) {
      const names = NAMES[`${intent}.${variant}`] ?? { name: `${intent} ${variant}`, nameZh: `${intent} ${variant}` };
      templates.push({
        id: builtInTemplateId(intent, language, variant),
        groupId: `builtin.${intent}.${variant}`,
        name: names.name,
        nameZh: names.nameZh,
        intent,
        language,
        body: language === 'fr' ? withFrenchSpacing(body) : body,
        builtIn: true,
        enabled: true,
      });
    }
  }
  return templates;
}

export const DEFAULT_REPLY_TEMPLATES: readonly ReplyTemplate[] = build();
