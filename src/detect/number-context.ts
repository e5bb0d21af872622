// What stands just before a number and says it is something else.

/** The end of an IBAN-shaped run ("NL66 SNSB 8149 ..."): the digits after it are its account part. */
export const IBAN_BEFORE = /[A-Z]{2}\d{2}[ \u00a0]?(?:[A-Z0-9]{4}[ \u00a0]?)*$/;

/** A word introducing a reference number (order, invoice, ticket, ISBN...) in the lexicon languages, or "#". */
export const REFERENCE_BEFORE =
  /(?:order|invoice|ref|reference|ticket|tracking|isbn|sku|part|item|imei|commande|facture|référence|suivi|dossier|bestellung|rechnung|artikel|sendung|vorgang|pedido|factura|referencia|seguimiento|incidencia|bestelling|factuur|ordine|fattura|riferimento|codice|pratica|encomenda|fatura|referência)\b[^\d\n]{0,12}$|#\s?$/i;
