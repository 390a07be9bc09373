/**
 * Built-in reply templates, French (vous). Written with plain spaces before « : ; ! ? »;
 * defaults/index.ts turns them into no-break spaces.
 */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}Bonjour {{buyerName}},{{/buyerName}}{{^buyerName}}Bonjour,{{/buyerName}}';
const SIGN = 'Bien cordialement,\n{{#agentName}}{{agentName}}\n{{/agentName}}{{sellerName}}';

export const TEMPLATES_FR: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

Merci pour votre message concernant la commande {{orderId}}. Nous allons nous occuper de votre retour sans tarder.

[[Une phrase sur le motif de retour indiqué par le client.]]

{{returnAction}}

{{#returnAddress}}
Merci de renvoyer l'article, si possible dans son emballage d'origine, à l'adresse suivante :
{{returnAddress}}

Glisser dans le colis un mot indiquant votre numéro de commande nous aidera à traiter votre retour plus rapidement.

{{/returnAddress}}
Bien entendu, vous conservez votre droit légal de rétractation de 14 jours à compter de la réception de l'article.

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

Nous sommes vraiment désolés d'apprendre que l'article de votre commande {{orderId}} est endommagé.

[[Une phrase personnelle sur ce que le client a décrit.]]

Pourriez-vous nous envoyer, en réponse à ce message, une photo du dommage et, si vous l'avez encore, de l'emballage d'expédition ? Cela nous aide à améliorer nos emballages. Dès réception de la photo, nous vous enverrons un article de remplacement ou vous rembourserons le prix d'achat, selon votre préférence. Vous bénéficiez par ailleurs de la garantie légale de conformité de deux ans.
{{#couponCode}}

Pour nous excuser de ce désagrément, voici un code de réduction de {{couponPercent}} % valable sur votre prochaine commande : {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

Merci pour votre message. Nous sommes désolés que votre commande {{orderId}} ne vous soit pas encore parvenue.

Votre colis a été expédié le {{shippedOn}} par {{carrier}} ; le numéro de suivi est {{trackingNumber}}.{{#expectedDelivery}} Le transporteur prévoit actuellement une livraison d'ici le {{expectedDelivery}}.{{/expectedDelivery}}

[[Une phrase sur le dernier statut de suivi.]]

{{#expectedDelivery}}Si le colis n'est pas arrivé d'ici le {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}Si le colis n'est pas arrivé dans les cinq prochains jours ouvrés{{/expectedDelivery}}, répondez simplement à ce message : nous vous enverrons un article de remplacement ou vous rembourserons intégralement, selon votre préférence.

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

Nous sommes vraiment désolés que vous ayez reçu le mauvais article avec votre commande {{orderId}}. L'erreur est de notre fait.

[[Confirmez l'article que le client a reçu à la place, s'il l'a précisé.]]

Nous vous envoyons dès que possible le bon article (« {{productTitle}} »), sans frais supplémentaires.
{{#returnAddress}}

Merci de nous renvoyer l'article reçu par erreur à l'adresse ci-dessous ; les frais de retour sont bien entendu à notre charge :
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

Vous n'avez pas besoin de nous renvoyer l'article reçu par erreur.
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

Merci pour votre message concernant la commande {{orderId}}. Bien sûr, nous pouvons échanger l'article contre une autre taille.

[[Confirmez la taille souhaitée et sa disponibilité.]]

{{returnAction}}
{{#returnAddress}}

Merci de renvoyer l'article d'origine, non porté et avec ses étiquettes le cas échéant, à l'adresse suivante :
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

Merci pour votre message concernant la commande {{orderId}}.

[[Indiquez si la commande a pu être annulée ou si elle a déjà été expédiée.]]

Si la commande n'a pas encore été expédiée, nous l'annulons immédiatement et remboursons intégralement tout paiement déjà effectué. Si elle est déjà en route, vous pouvez refuser le colis ou nous renvoyer l'article après réception ; nous vous rembourserons alors intégralement. Vous disposez en outre d'un droit de rétractation de 14 jours à compter de la réception de l'article, sans avoir à vous justifier.

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

Merci pour votre patience. Nous avons effectué le remboursement de {{refundAmount}} pour votre commande {{orderId}}, sur le moyen de paiement utilisé lors de l'achat.

Selon votre banque, le montant apparaît généralement sur votre compte sous 3 à 5 jours ouvrés, parfois jusqu'à 10.

[[Indiquez la date du remboursement ou ce qui n'a pas encore été remboursé.]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

Merci pour votre message concernant l'adresse de livraison de la commande {{orderId}}.

[[Indiquez si l'adresse peut encore être modifiée ou si la commande est déjà expédiée.]]

Pour votre sécurité, nous ne pouvons expédier qu'à l'adresse enregistrée dans votre commande. Si celle-ci n'est pas encore expédiée, le plus sûr est de l'annuler et de passer une nouvelle commande avec la bonne adresse ; nous confirmerons l'annulation immédiatement.{{#trackingNumber}} Si le colis est déjà en route, vous pourrez peut-être demander au transporteur ({{carrier}}) de le réacheminer, grâce au numéro de suivi {{trackingNumber}}.{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

Merci pour votre message concernant la commande {{orderId}}.

[[Répondez ici à la question du client.]]

Si nous pouvons faire quoi que ce soit d'autre pour vous, il vous suffit de répondre à ce message.

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

Nous souhaitons vous donner des nouvelles de votre commande {{orderId}}, expédiée le {{shippedOn}} par {{carrier}} (numéro de suivi {{trackingNumber}}).

Le suivi n'a pas été mis à jour depuis quelques jours. Cela arrive lorsqu'un colis attend dans un centre de tri ou en douane, et il repart généralement rapidement. Nous suivons votre colis de près.

[[Ajoutez un élément concret, par exemple le dernier lieu connu ou le fait que vous avez contacté le transporteur.]]

{{#expectedDelivery}}Si le colis n'est pas arrivé d'ici le {{expectedDelivery}}{{/expectedDelivery}}{{^expectedDelivery}}Si le colis n'est pas arrivé dans les sept prochains jours{{/expectedDelivery}}, nous vous enverrons un article de remplacement ou vous rembourserons intégralement, selon votre préférence. Vous n'avez rien à faire pour le moment.

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

Nous sommes désolés : l'expédition de votre commande {{orderId}} prend plus de temps que prévu.

[[Expliquez la raison du retard en une phrase honnête.]]

Nous prévoyons désormais de l'expédier le {{newShipDate}}. Une fois le colis parti, vous pourrez le suivre grâce au numéro de suivi indiqué dans le détail de votre commande. Si vous préférez ne pas attendre, dites-le-nous simplement : nous annulerons la commande et vous rembourserons intégralement.

${SIGN}`,
  },
];
