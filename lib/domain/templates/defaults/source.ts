import type { TemplateIntent } from '../kinds';

/** One built-in template as written in a language file; defaults/index.ts makes the stored record. */
export interface TemplateSource {
  intent: TemplateIntent;
  /** 1, 2…: variant n of an intent is the same template in every language (one group). */
  variant: number;
  body: string;
}
