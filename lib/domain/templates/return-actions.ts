/**
 * The `{{returnAction}}` sentence for what a return rule decided (F5 → F6), in the buyer's
 * language. Templates put the return address after it when there is one, so these sentences say
 * what happens, not where to send the item.
 */
import type { ReturnActionKind } from '../vocabulary';
import { withFrenchSpacing } from './format';
import type { TemplateLanguage } from './kinds';

// exchange_with_coupon reads like approve_exchange: the coupon itself goes in the template's
// {{#couponCode}} section, so one place decides whether it may be offered (not on Amazon).
const RETURN_ACTION_TEXT: Record<TemplateLanguage, Record<ReturnActionKind, string>> = {
  en: {
    refund_without_return: "You don't need to send the item back: we will refund the full purchase price, and you are welcome to keep the item.",
    approve_exchange: 'We have approved the exchange and will send you the replacement as soon as the original item is on its way back to us.',
    exchange_with_coupon: 'We have approved the exchange and will send you the replacement as soon as the original item is on its way back to us.',
    supervisor_approval: 'Our team is reviewing your request, and we will get back to you with a decision within 24 hours.',
    route_to_warehouse: 'The item goes back to our returns warehouse nearest to you, and we will refund the purchase price as soon as it arrives there.',
    standard_return: 'Once the item is back with us, we will refund the purchase price straight away.',
  },
  de: {
    refund_without_return: 'Sie müssen den Artikel nicht zurücksenden: Wir erstatten Ihnen den vollen Kaufpreis, und Sie können den Artikel behalten.',
    approve_exchange: 'Den Umtausch haben wir genehmigt. Sobald der Artikel auf dem Rückweg zu uns ist, schicken wir Ihnen den Ersatz.',
    exchange_with_coupon: 'Den Umtausch haben wir genehmigt. Sobald der Artikel auf dem Rückweg zu uns ist, schicken wir Ihnen den Ersatz.',
    supervisor_approval: 'Wir prüfen Ihr Anliegen gerade im Team und melden uns innerhalb von 24 Stunden mit einer Entscheidung bei Ihnen.',
    route_to_warehouse: 'Die Rücksendung geht an unser Rücksendelager in Ihrer Nähe. Sobald der Artikel dort eingetroffen ist, erstatten wir Ihnen den Kaufpreis.',
    standard_return: 'Sobald der Artikel wieder bei uns ist, erstatten wir Ihnen umgehend den Kaufpreis.',
  },
  fr: {
    refund_without_return: "Inutile de nous renvoyer l'article : nous vous remboursons l'intégralité du prix d'achat, et vous pouvez le conserver.",
    approve_exchange: "Nous avons validé l'échange et vous enverrons l'article de remplacement dès que l'article d'origine sera en route vers nous.",
    exchange_with_coupon: "Nous avons validé l'échange et vous enverrons l'article de remplacement dès que l'article d'origine sera en route vers nous.",
    supervisor_approval: 'Notre équipe examine actuellement votre demande et reviendra vers vous avec une réponse sous 24 heures.',
    route_to_warehouse: "Le retour se fait vers notre entrepôt de retours le plus proche de chez vous ; nous vous rembourserons le prix d'achat dès que l'article y sera arrivé.",
    standard_return: "Dès que l'article nous sera revenu, nous vous rembourserons le prix d'achat.",
  },
  es: {
    refund_without_return: 'No es necesario que nos devuelva el artículo: le reembolsaremos el importe íntegro y puede quedárselo.',
    approve_exchange: 'Hemos aprobado el cambio y le enviaremos el artículo de sustitución en cuanto el original esté de camino hacia nosotros.',
    exchange_with_coupon: 'Hemos aprobado el cambio y le enviaremos el artículo de sustitución en cuanto el original esté de camino hacia nosotros.',
    supervisor_approval: 'Nuestro equipo está revisando su solicitud y le daremos una respuesta en un plazo de 24 horas.',
    route_to_warehouse: 'La devolución se envía a nuestro almacén de devoluciones más cercano a usted; le reembolsaremos el importe en cuanto el artículo llegue allí.',
    standard_return: 'En cuanto recibamos el artículo, le reembolsaremos el importe de la compra.',
  },
  it: {
    refund_without_return: "Non è necessario restituire l'articolo: le rimborseremo l'intero importo e potrà tenerlo.",
    approve_exchange: "Abbiamo approvato la sostituzione e le invieremo il nuovo articolo non appena quello originale sarà in viaggio verso di noi.",
    exchange_with_coupon: "Abbiamo approvato la sostituzione e le invieremo il nuovo articolo non appena quello originale sarà in viaggio verso di noi.",
    supervisor_approval: 'Il nostro team sta esaminando la sua richiesta e le daremo una risposta entro 24 ore.',
    route_to_warehouse: "Il reso va inviato al nostro magazzino resi più vicino a lei; le rimborseremo il prezzo d'acquisto non appena l'articolo sarà arrivato.",
    standard_return: "Non appena avremo ricevuto l'articolo, le rimborseremo il prezzo d'acquisto.",
  },
  ja: {
    refund_without_return: '商品のご返送は必要ございません。ご購入代金は全額返金いたしますので、商品はそのままお手元にお残しください。',
    approve_exchange: '交換を承りました。元の商品をご返送いただき次第、交換品を発送いたします。',
    exchange_with_coupon: '交換を承りました。元の商品をご返送いただき次第、交換品を発送いたします。',
    supervisor_approval: '現在、担当部署にてご依頼内容を確認しております。24時間以内に改めてご連絡いたします。',
    route_to_warehouse: '商品はお客様のお近くの返品センターへご返送いただきます。到着を確認次第、ご購入代金を返金いたします。',
    standard_return: '商品が当店に到着し次第、ご購入代金を返金いたします。',
  },
  zh: {
    refund_without_return: '您无需退回商品：我们将全额退款，商品您可以自行保留。',
    approve_exchange: '我们已同意为您换货。您寄回原商品后，我们会尽快为您发出新商品。',
    exchange_with_coupon: '我们已同意为您换货。您寄回原商品后，我们会尽快为您发出新商品。',
    supervisor_approval: '我们的团队正在审核您的申请，将在 24 小时内给您答复。',
    route_to_warehouse: '请将商品寄回离您最近的退货仓库，仓库签收后我们会立即为您退款。',
    standard_return: '我们收到退回的商品后，会立即为您退款。',
  },
};

/** The sentence for `{{returnAction}}`. */
export function returnActionText(action: ReturnActionKind, language: TemplateLanguage): string {
  const text = RETURN_ACTION_TEXT[language][action];
  return language === 'fr' ? withFrenchSpacing(text) : text;
}
