import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useId } from 'react';
import type { TemplateLanguage } from '@/lib/domain/templates/kinds';
import { renderTemplate } from '@/lib/domain/templates/render';
import { isTemplateVariable, templateVariableInfo } from '@/lib/domain/templates/variables';
import { prefersChinese, t } from '@/lib/i18n/t';
import { OFTEN_MISSING, previewSegments, previewValues } from './templates-model';

/** How a variable is named to the seller: its label in the UI's language. */
export function variableLabel(name: string): string {
  if (!isTemplateVariable(name)) return name;
  const info = templateVariableInfo(name);
  return prefersChinese() ? info.labelZh : info.labelEn;
}

/**
 * The body filled with a sample order, as the buyer would read it. Values from the order, parts the
 * agent must write and values the order lacked are highlighted; everything is text, never markup.
 */
export function TemplatePreview({ body, language, sellerName, agentName }: { body: string; language: TemplateLanguage; sellerName: string; agentName: string }) {
  useSignals();
  const showMissing = useSignal(false);
  const headingId = useId();
  const rendered = renderTemplate({ body, language }, previewValues(language, { showMissing: showMissing.value, sellerName, agentName }));
  const segments = previewSegments(rendered);
  const missingNames = OFTEN_MISSING.map(variableLabel).join(t('tpl_list_separator'));

  return (
    <section className="tpl-preview-pane" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('tpl_preview_heading')}</h4>
      <label className="inline tpl-toggle">
        <input type="checkbox" checked={showMissing.value} onChange={(event) => (showMissing.value = event.currentTarget.checked)} data-testid="tpl-show-missing" />
        {t('tpl_preview_show_missing')}
      </label>
      <p className="muted tpl-small">{showMissing.value ? t('tpl_preview_missing_help', [missingNames]) : t('tpl_preview_sample_help')}</p>
      <div role="region" className="tpl-preview" lang={language === 'zh' ? 'zh-CN' : language} data-testid="tpl-preview" tabIndex={0} aria-label={t('tpl_preview_heading')}>
        {segments.length === 0 ? (
          <span className="muted">{t('tpl_preview_empty')}</span>
        ) : (
          segments.map((segment, i) =>
            segment.kind === 'text' ? (
              <span key={i}>{segment.text}</span>
            ) : (
              <span
                key={i}
                className={`tpl-seg-${segment.kind}`}
                data-kind={segment.kind}
                title={
                  segment.kind === 'personalise'
                    ? t('tpl_seg_personalise')
                    : segment.kind === 'missing'
                      ? t('tpl_seg_missing', [variableLabel(segment.variable ?? '')])
                      : t('tpl_seg_value', [variableLabel(segment.variable ?? '')])
                }
              >
                {segment.text}
              </span>
            ),
          )
        )}
      </div>
      <ul className="tpl-legend" aria-label={t('tpl_legend_label')}>
        <li>
          <span className="tpl-seg-value">{t('tpl_legend_value')}</span>
        </li>
        <li>
          <span className="tpl-seg-personalise">{t('tpl_legend_personalise')}</span>
        </li>
        <li>
          <span className="tpl-seg-missing">{t('tpl_legend_missing')}</span>
        </li>
      </ul>
      {rendered.personalise.length > 0 && (
        <p className="tpl-small" data-testid="tpl-personalise-count">
          {t('tpl_preview_personalise_count', [rendered.personalise.length])}
        </p>
      )}
    </section>
  );
}
