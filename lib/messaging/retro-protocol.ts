/**
 * The retrospective's messages (F16–F21): the popup's summary, the dashboard's views, the cases
 * behind a number, CSV export and a rebuild of the aggregates. Schemas: lib/domain/retro/model.ts.
 * Page-only messages, so classic zod schemas of the workspace are fine here.
 */
import {
  ActionsView,
  CostView,
  CustomerView,
  DrilldownRequest,
  DrilldownResult,
  ProductView,
  RebuildResult,
  RetroAlerts,
  RetroExportRequest,
  RetroExportResult,
  RetroQuery,
  RetroSummary,
  RetroViewRequest,
  ServiceView,
} from '../domain/retro/model';
import { Empty, message } from './content-protocol';

const PAGES = ['extension-page'] as const;

export const retroMessages = {
  /** The popup's first render: totals, worst SKUs, reasons, service, cost, top actions and alerts. */
  retroSummary: message({ from: PAGES, request: RetroQuery, response: RetroSummary }),
  /** F16: per SKU and per category, worst first; `offset`/`limit` page the SKU rows. */
  retroProducts: message({ from: PAGES, request: RetroViewRequest, response: ProductView }),
  /** F17: per ship-to country and region, with the reasons that stand out per region. */
  retroCustomers: message({ from: PAGES, request: RetroViewRequest, response: CustomerView }),
  /** F18: handling time, rule vs hand, reply-clock breaches. */
  retroService: message({ from: PAGES, request: RetroQuery, response: ServiceView }),
  /** F19: cost per return/exchange and its share of revenue and net profit. */
  retroCosts: message({ from: PAGES, request: RetroQuery, response: CostView }),
  /** F21: the week's top-3 reasons per problem SKU with the suggested action. */
  retroActions: message({ from: PAGES, request: RetroQuery, response: ActionsView }),
  retroAlerts: message({ from: PAGES, request: RetroQuery, response: RetroAlerts }),
  /** The cases behind a number, newest first, a page at a time. */
  retroDrilldown: message({ from: PAGES, request: DrilldownRequest, response: DrilldownResult }),
  /** One view as CSV (UTF-8 with BOM so Excel reads Chinese text). */
  retroExport: message({ from: PAGES, request: RetroExportRequest, response: RetroExportResult }),
  /** Rebuild the aggregates from the stored cases and orders; says whether they agreed. */
  retroRebuild: message({ from: PAGES, request: Empty, response: RebuildResult }),
} as const;
