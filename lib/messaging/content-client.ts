/**
 * What content scripts use to talk to the background: only the messages they may send. The
 * background parses every request at its boundary (server.ts); here requests are also checked
 * before they leave, as client.ts does, except rows the adapters have each just parsed with
 * PageRow (checking a batch of them twice on a page that is opening buys nothing). Answers are
 * checked on arrival, each with zod:
 *  - the settings by a schema of the two fields content scripts read, built on first use (the full
 *    Settings schema — profit, purchasing… — is dozens of schemas to build and fill with defaults);
 *  - the rest (the annotations of a batch of rows included) by the protocol's own schemas (the table below is checked against it in
 *    tests/unit/messaging/content-client.test.ts).
 */
import { browser } from 'wxt/browser';
import { safeParse, z } from 'zod/mini';
import { FeatureId, Marketplace, type Settings } from '../domain/vocabulary';
import { MessagingError } from './client';
import {
  CasesRecorded,
  CatalogueDraft,
  CategoryMappingDraft,
  describeZodError,
  Empty,
  MessageCaseRecorded,
  Opened,
  type contentProtocol,
} from './content-protocol';
import { AnnotationsWire } from './annotations-wire';
import { MessageCaseRequest, SuggestRequest, SuggestResponse } from './reply-protocol';

type Table = typeof contentProtocol;
type Name = keyof Table & string;

/** The settings a content script reads: which features are on, and the reply deadlines (F24). */
export type ContentSettings = Pick<Settings, 'features' | 'replyDeadlineHours'>;

type Response<N extends Name> = N extends 'getSettings' ? ContentSettings : z.output<Table[N]['response']>;

let settingsSchema: z.ZodMiniType<ContentSettings> | undefined;

/** The same rules as those two fields of Settings (vocabulary.ts); the other fields are dropped. */
export function readContentSettings(value: unknown): ContentSettings {
  settingsSchema ??= z.object({
    features: z._default(z.partialRecord(FeatureId, z.boolean()), {}),
    replyDeadlineHours: z._default(z.partialRecord(Marketplace, z.int().check(z.gte(1), z.lte(24 * 14))), {}),
  });
  const parsed = safeParse(settingsSchema, value);
  if (!parsed.success) throw new MessagingError(`getSettings: bad response — ${describeZodError(parsed.error)}`);
  return parsed.data;
}

interface Check {
  /** Absent: the request is sent as built (see ROWS_ALREADY_PARSED). */
  request?: z.core.$ZodType;
  response?: z.core.$ZodType;
  read?: (value: unknown) => unknown;
}

/** How each message is checked on this side. */
export const CONTENT_CHECKS: Record<Name, Check> = {
  getSettings: { request: Empty, read: readContentSettings },
  // Rows an adapter parsed with PageRow when it read them, the marketplace and page are constants.
  annotateRows: { response: AnnotationsWire },
  recordReturnCases: { response: CasesRecorded },
  openCatalogueDraft: { request: CatalogueDraft, response: Opened },
  openCategoryMapping: { request: CategoryMappingDraft, response: Opened },
  suggestReplies: { request: SuggestRequest, response: SuggestResponse },
  recordMessageCase: { request: MessageCaseRequest, response: MessageCaseRecorded },
};

/** The reply envelope `{ ok: true, data } | { ok: false, error }` (the shape of content-protocol's Reply). */
function readReply(name: string, raw: unknown): unknown {
  if (typeof raw === 'object' && raw !== null) {
    const reply = raw as { ok?: unknown; data?: unknown; error?: unknown };
    if (reply.ok === true) return reply.data;
    if (reply.ok === false && typeof reply.error === 'string') throw new MessagingError(reply.error);
  }
  throw new MessagingError(`${name}: the background sent no valid reply`);
}

export async function sendMessage<N extends Name>(name: N, payload: z.input<Table[N]['request']>): Promise<Response<N>> {
  const check = CONTENT_CHECKS[name];
  let checked: unknown = payload;
  if (check.request) {
    const request = safeParse(check.request, payload);
    if (!request.success) throw new MessagingError(`${name}: bad request — ${describeZodError(request.error)}`);
    checked = request.data;
  }
  const data = readReply(name, await browser.runtime.sendMessage({ hw: 1, name, payload: checked }));
  if (check.read) return check.read(data) as Response<N>;
  const response = safeParse(check.response!, data);
  if (!response.success) throw new MessagingError(`${name}: bad response — ${describeZodError(response.error)}`);
  return response.data as Response<N>;
}
