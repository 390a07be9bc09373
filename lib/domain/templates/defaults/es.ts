/** Built-in reply templates, Spanish (usted; "Hola, nombre:" as the salutation). */
import type { TemplateSource } from './source';

const HELLO = '{{#buyerName}}Hola, {{buyerName}}:{{/buyerName}}{{^buyerName}}Hola:{{/buyerName}}';
const SIGN = 'Un cordial saludo,\n{{#agentName}}{{agentName}}\n{{/agentName}}{{sellerName}}';

export const TEMPLATES_ES: readonly TemplateSource[] = [
  {
    intent: 'return_request',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje sobre el pedido {{orderId}}. Nos encargamos con gusto de su devolución.

[[Una frase sobre el motivo de la devolución indicado por el cliente.]]

{{returnAction}}

{{#returnAddress}}
Por favor, envíe el artículo, a ser posible en su embalaje original, a la siguiente dirección:
{{returnAddress}}

Si incluye en el paquete una nota con su número de pedido, podremos tramitar la devolución más rápido.

{{/returnAddress}}
Por supuesto, conserva su derecho legal de desistimiento de 14 días naturales a partir de la recepción del artículo.

${SIGN}`,
  },
  {
    intent: 'damaged',
    variant: 1,
    body: `${HELLO}

Lamentamos mucho saber que el artículo de su pedido {{orderId}} está dañado.

[[Una frase personal sobre lo que ha descrito el cliente.]]

¿Podría enviarnos, respondiendo a este mensaje, una foto del daño y, si aún lo conserva, del embalaje exterior? Esto nos ayuda a mejorar nuestros embalajes. En cuanto la recibamos, le enviaremos un artículo de sustitución o le reembolsaremos el importe, como usted prefiera.
{{#couponCode}}

Para disculparnos por las molestias, le ofrecemos un código de descuento del {{couponPercent}} % para su próximo pedido: {{couponCode}}
{{/couponCode}}

${SIGN}`,
  },
  {
    intent: 'not_received',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje. Lamentamos que su pedido {{orderId}} todavía no le haya llegado.

Su paquete se envió el {{shippedOn}} con {{carrier}}; el número de seguimiento es {{trackingNumber}}.{{#expectedDelivery}} Según la empresa de transporte, la entrega está prevista como muy tarde el {{expectedDelivery}}.{{/expectedDelivery}}

[[Una frase sobre el último estado del seguimiento.]]

{{#expectedDelivery}}Si para el {{expectedDelivery}} el paquete no ha llegado{{/expectedDelivery}}{{^expectedDelivery}}Si el paquete no llega en los próximos cinco días hábiles{{/expectedDelivery}}, responda simplemente a este mensaje y le enviaremos un artículo de sustitución o le reembolsaremos el importe completo, como usted prefiera.

${SIGN}`,
  },
  {
    intent: 'wrong_item',
    variant: 1,
    body: `${HELLO}

Lamentamos mucho que haya recibido un artículo equivocado en su pedido {{orderId}}. El error ha sido nuestro.

[[Confirme qué artículo recibió el cliente en su lugar, si lo ha indicado.]]

Le enviaremos lo antes posible el artículo correcto («{{productTitle}}») sin ningún coste adicional.
{{#returnAddress}}

Por favor, devuélvanos el artículo recibido por error a la siguiente dirección; por supuesto, nosotros nos hacemos cargo de los gastos de devolución:
{{returnAddress}}
{{/returnAddress}}
{{^returnAddress}}

No es necesario que nos devuelva el artículo recibido por error.
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'size_exchange',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje sobre el pedido {{orderId}}. Por supuesto, le cambiamos con gusto el artículo por otra talla.

[[Confirme la talla que desea el cliente y que hay existencias.]]

{{returnAction}}
{{#returnAddress}}

Por favor, envíe el artículo original, sin usar y con sus etiquetas si las tiene, a la siguiente dirección:
{{returnAddress}}
{{/returnAddress}}

${SIGN}`,
  },
  {
    intent: 'cancel',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje sobre el pedido {{orderId}}.

[[Indique si el pedido se ha podido cancelar o si ya se ha enviado.]]

Si el pedido aún no se ha enviado, lo cancelamos de inmediato y le reembolsamos íntegramente cualquier importe ya cobrado. Si ya está en camino, puede rechazar la entrega o devolvernos el artículo una vez recibido, y le reembolsaremos el importe completo. Además, dispone de un derecho de desistimiento de 14 días naturales a partir de la recepción del artículo, sin necesidad de indicar el motivo.

${SIGN}`,
  },
  {
    intent: 'refund_status',
    variant: 1,
    body: `${HELLO}

Gracias por su paciencia. Hemos realizado el reembolso de {{refundAmount}} correspondiente a su pedido {{orderId}} mediante el mismo método de pago que utilizó en la compra.

Según su banco o el emisor de su tarjeta, el importe suele aparecer en su cuenta en un plazo de 3 a 5 días hábiles, a veces hasta 10.

[[Indique la fecha del reembolso o qué parte del pedido queda pendiente de reembolso.]]

${SIGN}`,
  },
  {
    intent: 'address_change',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje sobre la dirección de entrega del pedido {{orderId}}.

[[Indique si la dirección aún puede cambiarse o si el pedido ya se ha enviado.]]

Por su seguridad, solo podemos enviar a la dirección que figura en el pedido. Si aún no se ha enviado, lo más seguro es cancelarlo y volver a realizarlo con la dirección correcta; confirmaremos la cancelación de inmediato.{{#trackingNumber}} Si el paquete ya está en camino, es posible que pueda solicitar a {{carrier}} que lo redirija, con el número de seguimiento {{trackingNumber}}.{{/trackingNumber}}

${SIGN}`,
  },
  {
    intent: 'other',
    variant: 1,
    body: `${HELLO}

Gracias por su mensaje sobre el pedido {{orderId}}.

[[Responda aquí a la pregunta del cliente.]]

Si podemos ayudarle en algo más, basta con que responda a este mensaje.

${SIGN}`,
  },
  {
    intent: 'shipping_delay',
    variant: 1,
    body: `${HELLO}

Queremos informarle sobre el estado de su pedido {{orderId}}, que se envió el {{shippedOn}} con {{carrier}} (número de seguimiento {{trackingNumber}}).

El seguimiento no se ha actualizado desde hace unos días. Esto puede ocurrir cuando un paquete está esperando en un centro de clasificación o en la aduana, y normalmente vuelve a moverse pronto. Estamos pendientes de su envío.

[[Añada algo concreto, por ejemplo la última ubicación conocida o que ha contactado con la empresa de transporte.]]

{{#expectedDelivery}}Si para el {{expectedDelivery}} el paquete no ha llegado{{/expectedDelivery}}{{^expectedDelivery}}Si el paquete no llega en los próximos siete días{{/expectedDelivery}}, le enviaremos un artículo de sustitución o le reembolsaremos el importe completo, como usted prefiera. Por ahora no tiene que hacer nada.

${SIGN}`,
  },
  {
    intent: 'late_shipment',
    variant: 1,
    body: `${HELLO}

Lamentamos informarle de que el envío de su pedido {{orderId}} se está retrasando más de lo previsto.

[[Explique el motivo del retraso en una frase sincera.]]

Ahora prevemos enviarlo el {{newShipDate}}. Una vez enviado, podrá seguirlo con el número de seguimiento que aparecerá en los detalles de su pedido. Si prefiere no esperar, indíquenoslo: cancelaremos el pedido y le reembolsaremos el importe completo.

${SIGN}`,
  },
];
