/**
 * Reply templates (F6, F7, F13): kinds and languages, the body syntax, rendering, picking, the
 * default library and preview values. The stored-record schema (classic zod) is in ./schema, kept
 * out of this index so a content script that only renders does not build it.
 */
export * from './kinds';
export * from './variables';
export * from './syntax';
export * from './render';
export * from './pick';
export * from './format';
export * from './return-actions';
export * from './samples';
export { DEFAULT_REPLY_TEMPLATES, builtInTemplateId } from './defaults';
