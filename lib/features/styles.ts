/**
 * Styles of the injected annotations. They live inside each shadow root (shared as one constructed
 * stylesheet), so the host page's CSS cannot reach them and ours cannot leak out.
 */
export const ANNOTATION_CSS = `
:host { all: initial; display: block; margin: 2px 0 0; font: 12px/1.35 "Amazon Ember", Arial, "PingFang SC", "Microsoft YaHei", sans-serif; color: #0f1111; contain: content; }
:host([hidden]) { display: none; }
.line { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; max-width: 100%; overflow-wrap: anywhere; }
.path { color: #37475a; }
.path .sep { color: #8d9096; padding: 0 2px; }
.attrs { color: #565959; }
.pill { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; color: #fff; background: #5f6b7a; white-space: nowrap; }
.status { display: inline-flex; align-items: center; gap: 4px; padding: 0 6px; border-radius: 3px; font-size: 11px; line-height: 16px; border: 1px solid; }
.status.ok { color: #067d62; border-color: #9fd7c9; background: #f0fbf8; }
.status.warning { color: #8a5300; border-color: #f5c979; background: #fffaf0; }
.status.error { color: #b12704; border-color: #f3a58c; background: #fff5f2; }
.status.unknown { color: #565959; border-color: #d5d9d9; background: #f7fafa; }
details { margin: 0; }
summary { cursor: pointer; list-style: none; display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
summary::-webkit-details-marker { display: none; }
summary:focus-visible, button:focus-visible { outline: 2px solid #007185; outline-offset: 1px; }
ul { margin: 2px 0 0; padding: 0 0 0 16px; }
li { margin: 1px 0; }
li.error { color: #b12704; }
li.warning { color: #8a5300; }
li.info { color: #37475a; }
.tax { color: #37475a; }
.muted { color: #6f7373; }
.hint { border-left: 3px solid #007185; padding: 1px 0 1px 6px; }
.hint.supervisor { border-left-color: #b12704; }
.hint .action { font-weight: 700; }
.address { color: #37475a; }
button { font: inherit; font-size: 11px; line-height: 16px; padding: 0 8px; border-radius: 8px; border: 1px solid #888c8c; background: #fff; color: #0f1111; cursor: pointer; }
button:hover { background: #f7fafa; }
.reply { margin: 4px 0 0; padding: 6px 8px; border: 1px solid #d5d9d9; border-radius: 6px; background: #fff; max-width: 60ch; }
.reply[hidden] { display: none; }
.reply-text { margin: 0 0 4px; font: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

export const HEALTH_CSS = `
:host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483000; font: 12px/1.4 "Amazon Ember", Arial, "PingFang SC", sans-serif; }
.chip { display: flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 14px; background: #232f3e; color: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); cursor: pointer; border: 0; font: inherit; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #2fb344; }
.dot.warning { background: #f0a30a; }
.dot.error { background: #e3412e; }
.panel { margin-top: 6px; padding: 8px 10px; max-width: 320px; border-radius: 8px; background: #fff; color: #0f1111; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.panel[hidden] { display: none; }
.panel p { margin: 2px 0; }
`;

const sheets = new Map<string, CSSStyleSheet | null>();

/** Shares one parsed stylesheet between all shadow roots; falls back to a <style> per root where adopting fails. */
export function applyStyles(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
