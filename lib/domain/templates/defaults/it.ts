/** Built-in reply templates, Italian (Lei; the body starts in lower case after the comma of the salutation). */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}Gentile {{buyerName}},{{/buyerName}}{{^buyerName}}Gentile cliente,{{/buyerName}}';
const SIGN = 'Cordiali saluti,\n{{#agentName}}{{agentName}}\n{{/agentName}}{{sellerName}}';

export const TEMPLATES_IT: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio relativo all'ordine {{orderId}}. Ci occupiamo volentieri del suo reso.

[[Una frase sul motivo del reso indicato dal cliente.]]

{{returnAction}}

{{#returnAddress}}
La preghiamo di inviare l'articolo, se possibile nella confezione originale, al seguente indirizzo:
{{returnAddress}}

Se inserisce nel pacco un biglietto con il numero d'ordine, potremo gestire il reso più rapidamente.

{{/returnAddress}}
Resta naturalmente valido il suo diritto di recesso di 14 giorni dal ricevimento dell'articolo.

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

siamo davvero spiacenti che l'articolo del suo ordine {{orderId}} sia danneggiato.

[[Una frase personale su quanto descritto dal cliente.]]

Potrebbe inviarci, rispondendo a questo messaggio, una foto del danno e, se ancora disponibile, dell'imballaggio esterno? Questo ci aiuta a migliorare i nostri imballaggi. Non appena la riceveremo, le invieremo un articolo sostitutivo oppure le rimborseremo il prezzo d'acquisto, come preferisce. Resta inoltre valida la garanzia legale di conformità di due anni.
{{#couponCode}}

Per scusarci del disagio, le offriamo un codice sconto del {{couponPercent}}% sul suo prossimo ordine: {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio. Ci dispiace che il suo ordine {{orderId}} non le sia ancora arrivato.

Il pacco è stato spedito il {{shippedOn}} con {{carrier}}; il numero di tracciamento è {{trackingNumber}}.{{#expectedDelivery}} Secondo il corriere, la consegna è prevista entro il {{expectedDelivery}}.{{/expectedDelivery}}

[[Una frase sull'ultimo stato del tracciamento.]]

{{#expectedDelivery}}Se il pacco non dovesse arrivare entro il {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}Se il pacco non dovesse arrivare nei prossimi cinque giorni lavorativi{{/expectedDelivery}}, risponda semplicemente a questo messaggio: le invieremo un articolo sostitutivo oppure la rimborseremo per intero, come preferisce.

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

siamo davvero spiacenti che con il suo ordine {{orderId}} abbia ricevuto un articolo sbagliato. L'errore è nostro.

[[Confermi quale articolo ha ricevuto il cliente al suo posto, se lo ha indicato.]]

Le invieremo al più presto l'articolo corretto («{{productTitle}}»), senza alcun costo aggiuntivo.
{{#returnAddress}}

La preghiamo di rispedirci l'articolo ricevuto per errore al seguente indirizzo; le spese di reso sono naturalmente a nostro carico:
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

Non è necessario restituire l'articolo ricevuto per errore.
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio relativo all'ordine {{orderId}}. Saremo lieti di sostituire l'articolo con un'altra taglia.

[[Confermi la taglia richiesta e la sua disponibilità.]]

{{returnAction}}
{{#returnAddress}}

La preghiamo di inviare l'articolo originale, non indossato e con le etichette se presenti, al seguente indirizzo:
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio relativo all'ordine {{orderId}}.

[[Indichi se è stato possibile annullare l'ordine o se è già stato spedito.]]

Se l'ordine non è ancora stato spedito, lo annulliamo subito e le rimborsiamo per intero l'eventuale pagamento già effettuato. Se invece è già in viaggio, può rifiutare la consegna oppure restituirci l'articolo dopo averlo ricevuto: le rimborseremo l'intero importo. Ha inoltre diritto di recedere dall'acquisto entro 14 giorni dal ricevimento dell'articolo, senza dover fornire alcuna motivazione.

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

grazie per la pazienza. Abbiamo effettuato il rimborso di {{refundAmount}} per il suo ordine {{orderId}} sul metodo di pagamento utilizzato per l'acquisto.

A seconda della banca o dell'emittente della carta, l'importo compare di solito sul conto entro 3-5 giorni lavorativi, talvolta fino a 10.

[[Indichi la data del rimborso o quale parte dell'ordine non è ancora stata rimborsata.]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio sull'indirizzo di consegna dell'ordine {{orderId}}.

[[Indichi se l'indirizzo può ancora essere modificato o se l'ordine è già stato spedito.]]

Per la sua sicurezza, possiamo spedire solo all'indirizzo registrato nell'ordine. Se l'ordine non è ancora stato spedito, la soluzione più sicura è annullarlo ed effettuarne uno nuovo con l'indirizzo corretto; confermeremo subito l'annullamento.{{#trackingNumber}} Se il pacco è già in viaggio, potrebbe essere possibile reindirizzarlo tramite {{carrier}} con il numero di tracciamento {{trackingNumber}}.{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

grazie per il suo messaggio relativo all'ordine {{orderId}}.

[[Risponda qui alla domanda del cliente.]]

Se possiamo fare altro per lei, risponda pure a questo messaggio.

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

desideriamo aggiornarla sul suo ordine {{orderId}}, spedito il {{shippedOn}} con {{carrier}} (numero di tracciamento {{trackingNumber}}).

Il tracciamento non si aggiorna da qualche giorno. Può succedere quando un pacco è fermo in un centro di smistamento o in dogana, e di solito riparte a breve. Stiamo seguendo la spedizione da vicino.

[[Aggiunga un dettaglio concreto, ad esempio l'ultima posizione nota o il fatto che ha contattato il corriere.]]

{{#expectedDelivery}}Se il pacco non dovesse arrivare entro il {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}Se il pacco non dovesse arrivare nei prossimi sette giorni{{/expectedDelivery}}, le invieremo un articolo sostitutivo oppure la rimborseremo per intero, come preferisce. Per ora non deve fare nulla.

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

siamo spiacenti di informarla che la spedizione del suo ordine {{orderId}} sta richiedendo più tempo del previsto.

[[Spieghi il motivo del ritardo con una frase sincera.]]

Prevediamo ora di spedirlo il {{newShipDate}}. Una volta partito, potrà seguirlo con il numero di tracciamento indicato nei dettagli dell'ordine. Se preferisce non attendere, ce lo faccia sapere: annulleremo l'ordine e la rimborseremo per intero.

${SIGN}`,
  },
];
