// Escaping report text for HTML. Reports are hostile input: a saved web page can hold
// `<script>`, `"` in an attribute, or `</script>` inside data, and none of it may run.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute: `<script>` → `&lt;script&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written `\u003c`, so a string
 * holding `</script>` or `<!--` cannot end the block; U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
