/**
 * The stored reply template (F13): kept in IndexedDB, in the backup file and in shared rule packs,
 * so it is a classic-zod record like those in schemas.ts. A template exists per language; the
 * variants of one template share a `groupId` (the options editor shows them as language tabs).
 */
import { z } from 'zod';
import { IsoDateTime, Marketplace } from '../schemas';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES } from './kinds';
import { validateTemplateBody } from './syntax';

const Id = z.string().min(1, 'must not be empty').max(200);

export const TemplateIntent = z.enum(TEMPLATE_INTENTS);
export const TemplateLanguage = z.enum(TEMPLATE_LANGUAGES);

/** A body that parses: known variables, closed sections and notes. The first problem is the message. */
export const TemplateBody = z
  .string()
  .min(1, 'must not be empty')
  .max(10_000, 'must be at most 10,000 characters')
  .superRefine((body, ctx) => {
    const [first, ...rest] = validateTemplateBody(body);
    if (first) ctx.addIssue({ code: 'custom', message: rest.length ? `${first.message} (and ${rest.length} more)` : first.message });
  });

export const ReplyTemplate = z.object({
  id: Id,
  /** Shared by the language variants of one template. */
  groupId: Id,
  name: z.string().trim().min(1, 'must not be empty').max(300),
  /** Chinese name shown when the UI runs in Chinese; falls back to `name`. */
  nameZh: z.string().max(300).optional(),
  intent: TemplateIntent,
  language: TemplateLanguage,
  /** Marketplaces the template is for; absent = all. */
  marketplaces: z.array(Marketplace).min(1, 'must name at least one marketplace, or be left out for all').optional(),
  body: TemplateBody,
  /** Shipped with HelloWord (ids "builtin.<intent>.<language>.<n>"); the seller's own are false. */
  builtIn: z.boolean().default(false),
  updatedAt: IsoDateTime.optional(),
  enabled: z.boolean().default(true),
});
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;
export type ReplyTemplateInput = z.input<typeof ReplyTemplate>;
