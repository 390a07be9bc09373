/** Styles of the reply assistant's injected UI (inside its shadow roots; nothing leaks either way). */
export const REPLY_CSS = `
:host { all: initial; display: block; margin: 6px 0; font: 13px/1.4 "Amazon Ember", Arial, "PingFang SC", "Microsoft YaHei", sans-serif; color: #0f1111; contain: content; }
:host([hidden]) { display: none; }
.panel { border: 1px solid #d5d9d9; border-left: 4px solid #007185; border-radius: 6px; padding: 8px 10px; background: #fbfdfd; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 2px 0; overflow-wrap: anywhere; }
.brand { font-weight: 700; color: #007185; }
.muted { color: #6f7373; }
.pill { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 11px; line-height: 17px; background: #e7f4f5; color: #0b5563; white-space: nowrap; }
.pill.unsure { background: #fff4e5; color: #8a5300; }
select, button { font: inherit; font-size: 12px; }
select { padding: 1px 4px; border: 1px solid #888c8c; border-radius: 4px; background: #fff; color: #0f1111; }
.suggestions { display: grid; gap: 6px; margin-top: 6px; }
.suggestion { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; text-align: left; width: 100%; padding: 6px 8px; border: 1px solid #888c8c; border-radius: 6px; background: #fff; color: #0f1111; cursor: pointer; }
.suggestion:hover { background: #f0f8f8; }
.suggestion:focus-visible, select:focus-visible { outline: 2px solid #007185; outline-offset: 1px; }
.suggestion .key { grid-row: span 2; align-self: center; font-size: 11px; color: #565959; border: 1px solid #d5d9d9; border-radius: 3px; padding: 0 4px; }
.suggestion .name { font-weight: 700; }
.suggestion .preview { color: #37475a; white-space: pre-wrap; max-height: 3.9em; overflow: hidden; }
.status { margin-top: 4px; }
.status.ok { color: #067d62; }
.status.warn { color: #8a5300; }
.order { margin-top: 4px; }
.clock { display: inline-flex; align-items: center; gap: 4px; padding: 0 7px; border-radius: 3px; border: 1px solid; font-size: 12px; line-height: 18px; white-space: nowrap; }
.clock.ok { color: #067d62; border-color: #9fd7c9; background: #f0fbf8; }
.clock.soon { color: #8a5300; border-color: #f5c979; background: #fffaf0; }
.clock.overdue { color: #b12704; border-color: #f3a58c; background: #fff5f2; font-weight: 700; }
.findings { margin: 0; padding: 6px 10px 6px 26px; border: 1px solid #f3a58c; border-radius: 6px; background: #fff5f2; }
.findings li { margin: 2px 0; }
.findings li.warn { color: #8a5300; }
.findings li.block { color: #b12704; }
.findings .match { font-weight: 700; }
.queue { border: 1px solid #d5d9d9; border-radius: 6px; padding: 6px 10px; background: #fff; }
.queue ol { margin: 4px 0 0; padding-left: 20px; }
.queue a { color: #007185; }
`;
