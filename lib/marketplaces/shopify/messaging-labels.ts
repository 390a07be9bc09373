/**
 * The words of Shopify admin's "contact customer" e-mail dialog and of the order-page cards it reads
 * (Notes, Timeline, the customer's language), in English and Simplified Chinese.
 *
 * Honesty about sources, as in labels.ts: `evidence` entries are words Shopify's help center prints
 * for the e-mail composer ("Send an email message to a customer": click the customer's e-mail
 * address, edit the subject, write in the "Custom message" field, tick "Send bcc to", click "Review
 * email", then "Send notification"). Everything else — the dialog's title, the field labels of newer
 * admin versions, every Chinese word — is best knowledge, NOT seen on a page. A wrong guess costs a
 * missed match, never a wrong value: the dialog is also recognised by its structure (a modal dialog
 * holding a multi-line body beside a subject or recipient field), and each word must be the whole
 * text of its label.
 */

interface Words {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

const all = (w: Words): readonly string[] => [...w.evidence, ...w.bestKnowledge];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The whole text is one of the words (case-insensitive), with an optional colon or asterisk. */
const whole = (w: Words) =>
  new RegExp(`^\\s*(?:${[...all(w)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*[:：*]?\\s*$`, 'i');

/** The dialog's title. The brief's wording ("Contact customer") and the e-mail wordings of the admin. */
export const CONTACT_TITLES: Words = {
  evidence: [],
  bestKnowledge: [
    'Contact customer', 'Email customer', 'Send email', 'Send an email', 'Send email to customer', 'New email', 'Compose email',
    '联系客户', '联系顾客', '给客户发送电子邮件', '向客户发送电子邮件', '发送电子邮件', '发送邮件', '新邮件',
  ],
};

/**
 * E-mail dialogs of the order page that are not a message to the customer, though they have a
 * recipient and a message field too ("Send invoice" has To, Bcc and "Custom message").
 */
export const OTHER_EMAIL_TITLES: Words = {
  evidence: [],
  bestKnowledge: ['Send invoice', 'Review invoice', 'Send receipt', 'Resend receipt', 'Send order confirmation', '发送账单', '发送发票', '查看账单', '发送收据', '重新发送收据'],
};

/** The body field's label. */
export const MESSAGE_LABELS: Words = {
  evidence: ['Custom message'],
  bestKnowledge: ['Message', 'Email message', 'Email body', 'Body', 'Your message', '消息', '自定义消息', '邮件内容', '邮件正文', '正文', '内容', '留言'],
};

/** The subject line's label ("Edit the subject line for the email" — help center; the label is ours). */
export const SUBJECT_LABELS: Words = {
  evidence: [],
  bestKnowledge: ['Subject', 'Email subject', 'Subject line', '主题', '邮件主题', '标题'],
};

/** The recipient line's label. */
export const RECIPIENT_LABELS: Words = {
  evidence: ['Send bcc to'],
  bestKnowledge: ['To', 'Recipient', 'Send to', 'Bcc', '收件人', '发送至', '发送给', '密送', '密送至'],
};

/** The order page's note card: the note a customer writes at checkout (orders export column "Notes"). */
export const NOTES_HEADINGS: Words = {
  evidence: [],
  bestKnowledge: ['Notes', 'Note', 'Order note', 'Notes from customer', 'Customer note', '备注', '订单备注', '客户备注', '顾客备注'],
};

/** What the note card says when there is no note. */
export const NO_NOTE_TEXTS: Words = {
  evidence: [],
  bestKnowledge: ['No notes from customer', 'No notes', 'No note', 'No notes from the customer', '没有来自客户的备注', '客户未留备注', '无备注', '暂无备注', '没有备注'],
};

export const TIMELINE_HEADINGS: Words = {
  evidence: [],
  bestKnowledge: ['Timeline', '时间线', '时间轴', '动态'],
};

/** The customer's language in the customer card (modelled on the customer page's "Language" field). */
export const LANGUAGE_LABELS: Words = {
  evidence: [],
  bestKnowledge: ['Language', 'Customer language', 'Preferred language', '语言', '客户语言', '首选语言', '偏好语言'],
};

export const CONTACT_TITLE_PATTERN = whole(CONTACT_TITLES);
export const OTHER_EMAIL_TITLE_PATTERN = whole(OTHER_EMAIL_TITLES);
export const MESSAGE_LABEL_PATTERN = whole(MESSAGE_LABELS);
export const SUBJECT_LABEL_PATTERN = whole(SUBJECT_LABELS);
export const RECIPIENT_LABEL_PATTERN = whole(RECIPIENT_LABELS);
export const NOTES_HEADING_PATTERN = whole(NOTES_HEADINGS);
export const NO_NOTE_PATTERN = whole(NO_NOTE_TEXTS);
export const TIMELINE_HEADING_PATTERN = whole(TIMELINE_HEADINGS);

const LANGUAGE_LABEL = new RegExp(
  `^\\s*(?:${[...all(LANGUAGE_LABELS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*(?:([:：])\\s*(.*))?$`,
  'i',
);

/** "Language: French" / "语言：法语" / "Language" (value in the next node) → the value, or null. */
export function matchLanguageLabel(text: string): { value: string; hasColon: boolean } | null {
  if (text.length > 60) return null;
  const m = LANGUAGE_LABEL.exec(text);
  return m ? { value: (m[2] ?? '').trim(), hasColon: m[1] !== undefined } : null;
}

/** Language names as the admin may print them (English, Chinese, native) → ISO 639-1. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', 英语: 'en', 英文: 'en',
  german: 'de', deutsch: 'de', 德语: 'de', 德文: 'de',
  french: 'fr', français: 'fr', francais: 'fr', 法语: 'fr', 法文: 'fr',
  spanish: 'es', español: 'es', espanol: 'es', 西班牙语: 'es',
  italian: 'it', italiano: 'it', 意大利语: 'it',
  japanese: 'ja', 日本語: 'ja', 日语: 'ja', 日文: 'ja',
  chinese: 'zh', 'chinese (simplified)': 'zh', 'simplified chinese': 'zh', 中文: 'zh', 简体中文: 'zh', '中文（简体）': 'zh',
  dutch: 'nl', nederlands: 'nl', 荷兰语: 'nl',
  portuguese: 'pt', português: 'pt', 葡萄牙语: 'pt',
  polish: 'pl', polski: 'pl', 波兰语: 'pl',
  swedish: 'sv', svenska: 'sv', 瑞典语: 'sv',
};

/** "French", "Français", "法语", "fr", "fr-CA", "French (Canada)" → "fr"; anything else → undefined. */
export function languageCode(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  if (!value) return undefined;
  const code = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/i.exec(value)?.[1];
  if (code) return code;
  return LANGUAGE_NAMES[value] ?? LANGUAGE_NAMES[value.replace(/\s*[(（].*$/, '')];
}
