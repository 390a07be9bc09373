/** Built-in reply templates, German (Sie; the body starts in lower case after the comma of the salutation). */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}Guten Tag {{buyerName}},{{/buyerName}}{{^buyerName}}Guten Tag,{{/buyerName}}';
const SIGN = 'Freundliche Grüße\n{{#agentName}}{{agentName}}\n{{/agentName}}{{sellerName}}';

export const TEMPLATES_DE: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht zur Bestellung {{orderId}}. Wir kümmern uns gern um Ihre Rückgabe.

[[Ein Satz zum Rückgabegrund, den der Käufer genannt hat.]]

{{returnAction}}

{{#returnAddress}}
Bitte senden Sie den Artikel, möglichst in der Originalverpackung, an folgende Adresse:
{{returnAddress}}

Ein Zettel mit Ihrer Bestellnummer im Paket hilft uns, die Rücksendung schnell zuzuordnen.

{{/returnAddress}}
Ihr gesetzliches Widerrufsrecht von 14 Tagen ab Erhalt der Ware bleibt davon selbstverständlich unberührt.

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

es tut uns sehr leid, dass der Artikel aus Ihrer Bestellung {{orderId}} beschädigt ist.

[[Ein persönlicher Satz zu dem, was der Käufer beschrieben hat.]]

Könnten Sie uns bitte als Antwort auf diese Nachricht ein Foto des Schadens und, falls noch vorhanden, der Versandverpackung schicken? Das hilft uns, unsere Verpackung zu verbessern. Sobald wir das Foto haben, senden wir Ihnen kostenlos Ersatz oder erstatten Ihnen den Kaufpreis – ganz wie Sie möchten. Ihre Rechte aus der gesetzlichen Gewährleistung von zwei Jahren bleiben davon selbstverständlich unberührt.
{{#couponCode}}

Als kleine Entschuldigung für die Unannehmlichkeiten erhalten Sie von uns einen Gutscheincode über {{couponPercent}} % für Ihre nächste Bestellung: {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht. Es tut uns leid, dass Ihre Bestellung {{orderId}} noch nicht bei Ihnen angekommen ist.

Ihr Paket wurde am {{shippedOn}} mit {{carrier}} verschickt, die Sendungsnummer lautet {{trackingNumber}}.{{#expectedDelivery}} Laut Versanddienstleister soll es bis zum {{expectedDelivery}} zugestellt werden.{{/expectedDelivery}}

[[Ein Satz zum aktuellen Stand der Sendungsverfolgung.]]

{{#expectedDelivery}}Sollte das Paket bis zum {{expectedDelivery}} nicht angekommen sein{{/expectedDelivery}}{{^expectedDelivery}}Sollte das Paket in den nächsten fünf Werktagen nicht ankommen{{/expectedDelivery}}, antworten Sie bitte einfach auf diese Nachricht. Wir schicken Ihnen dann Ersatz oder erstatten Ihnen den vollen Kaufpreis – ganz wie Sie möchten.

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

es tut uns sehr leid, dass Sie mit Ihrer Bestellung {{orderId}} einen falschen Artikel erhalten haben. Der Fehler liegt bei uns.

[[Bestätigen Sie kurz, welchen Artikel der Käufer stattdessen erhalten hat, sofern er das angegeben hat.]]

Wir schicken Ihnen den richtigen Artikel („{{productTitle}}“) schnellstmöglich und ohne Zusatzkosten zu.
{{#returnAddress}}

Bitte senden Sie den falsch gelieferten Artikel an die folgende Adresse zurück; die Rücksendekosten übernehmen wir selbstverständlich:
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

Den falsch gelieferten Artikel müssen Sie nicht zurückschicken.
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht zur Bestellung {{orderId}}. Selbstverständlich tauschen wir den Artikel gern in eine andere Größe um.

[[Bestätigen Sie die gewünschte Größe und dass sie vorrätig ist.]]

{{returnAction}}
{{#returnAddress}}

Bitte senden Sie den ursprünglichen Artikel ungetragen und, falls vorhanden, mit Etikett an:
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht zur Bestellung {{orderId}}.

[[Teilen Sie mit, ob die Bestellung noch storniert werden konnte oder bereits versandt ist.]]

Ist die Bestellung noch nicht versandt, stornieren wir sie umgehend und erstatten Ihnen eine bereits geleistete Zahlung vollständig. Ist das Paket schon unterwegs, können Sie die Annahme verweigern oder den Artikel nach Erhalt zurücksenden; wir erstatten Ihnen dann den vollen Betrag. Zudem steht Ihnen ein gesetzliches Widerrufsrecht von 14 Tagen ab Erhalt der Ware zu – ohne Angabe von Gründen.

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Geduld. Wir haben die Erstattung von {{refundAmount}} für Ihre Bestellung {{orderId}} veranlasst. Der Betrag wird über die Zahlungsart zurückgebucht, die Sie bei der Bestellung verwendet haben.

Je nach Bank oder Kartenanbieter dauert es meist 3 bis 5 Werktage, in Einzelfällen bis zu 10, bis die Gutschrift auf Ihrem Konto erscheint.

[[Nennen Sie das Erstattungsdatum oder erklären Sie, welcher Teil der Bestellung noch nicht erstattet ist.]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht zur Lieferadresse Ihrer Bestellung {{orderId}}.

[[Teilen Sie mit, ob die Adresse noch geändert werden kann oder die Bestellung bereits versandt ist.]]

Zu Ihrer Sicherheit können wir nur an die Adresse liefern, die in Ihrer Bestellung hinterlegt ist. Ist die Bestellung noch nicht versandt, ist der sicherste Weg, sie zu stornieren und mit der richtigen Adresse neu aufzugeben; die Stornierung bestätigen wir umgehend.{{#trackingNumber}} Ist das Paket bereits unterwegs, können Sie es eventuell mit der Sendungsnummer {{trackingNumber}} bei {{carrier}} umleiten lassen.{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

vielen Dank für Ihre Nachricht zur Bestellung {{orderId}}.

[[Beantworten Sie hier die Frage des Käufers.]]

Wenn wir sonst noch etwas für Sie tun können, antworten Sie einfach auf diese Nachricht.

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

wir möchten Sie kurz über den Stand Ihrer Bestellung {{orderId}} informieren. Sie wurde am {{shippedOn}} mit {{carrier}} verschickt, Sendungsnummer {{trackingNumber}}.

Die Sendungsverfolgung wurde seit einigen Tagen nicht aktualisiert. Das kommt vor, wenn ein Paket in einem Verteilzentrum oder beim Zoll wartet, und meist geht es bald weiter. Wir behalten die Sendung im Blick.

[[Ergänzen Sie etwas Konkretes, z. B. den letzten bekannten Standort oder dass Sie den Versanddienstleister kontaktiert haben.]]

{{#expectedDelivery}}Sollte das Paket bis zum {{expectedDelivery}} nicht angekommen sein{{/expectedDelivery}}{{^expectedDelivery}}Sollte das Paket in den nächsten sieben Tagen nicht ankommen{{/expectedDelivery}}, schicken wir Ihnen Ersatz oder erstatten Ihnen den vollen Kaufpreis – ganz wie Sie möchten. Sie müssen derzeit nichts weiter tun.

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

leider verzögert sich der Versand Ihrer Bestellung {{orderId}}. Dafür bitten wir Sie vielmals um Entschuldigung.

[[Nennen Sie den Grund für die Verzögerung in einem ehrlichen Satz.]]

Voraussichtlich versenden wir Ihre Bestellung am {{newShipDate}}. Sobald das Paket unterwegs ist, können Sie es mit der Sendungsnummer in Ihren Bestelldetails verfolgen. Wenn Sie nicht so lange warten möchten, geben Sie uns einfach Bescheid: Dann stornieren wir die Bestellung und erstatten Ihnen den vollen Betrag.

${SIGN}`,
  },
];
