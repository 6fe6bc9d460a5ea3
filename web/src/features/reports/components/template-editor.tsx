import { useState } from 'react';
import { Alert, Button, Card, Collapse, Input, Space, Typography, message } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummaryTemplate, SummaryTemplateDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { useT } from '../../../app/i18n';

const KEY = ['reports', 'template', 'summary'] as const;
type Preview = { html: string; text: string; unknownPlaceholders: string[] };

/** Headings and sentences of the year-end summary are data: the office edits them here and previews the result. */
export function TemplateEditor({ year, scope }: { year: number; scope: string }) {
  const stored = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<SummaryTemplateDto>('/api/reports/templates/summary'),
  });
  if (!stored.data) return null;
  // a new stored version (after saving) starts a fresh draft
  return <TemplateForm key={stored.data.version} stored={stored.data} year={year} scope={scope} />;
}

function TemplateForm({ stored, year, scope }: { stored: SummaryTemplateDto; year: number; scope: string }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<SummaryTemplate>(stored.template);
  const save = useMutation({
    mutationFn: (template: SummaryTemplate) =>
      api.put<SummaryTemplateDto>('/api/reports/templates/summary', { template, version: stored.version }),
    onSuccess: (d) => (qc.setQueryData(KEY, d), void message.success(t('reports.template.saved'))),
  });
  const preview = useMutation({
    mutationFn: (template: SummaryTemplate) =>
      api.post<Preview>('/api/reports/templates/summary/preview', { template, year, scope }),
  });
  const setSentence = (s: number, i: number, j: number, text: string) =>
    setDraft({
      ...draft,
      sections: draft.sections.map((sec, si) =>
        si !== s
          ? sec
          : {
              ...sec,
              items: sec.items.map((it, ii) =>
                ii !== i ? it : { ...it, sentences: it.sentences.map((se, sj) => (sj !== j ? se : { ...se, text })) },
              ),
            },
      ),
    });
  const setHeading = (s: number, heading: string) =>
    setDraft({ ...draft, sections: draft.sections.map((sec, si) => (si === s ? { ...sec, heading } : sec)) });
  return (
    <Card
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('reports.template.title')}
        </Typography.Title>
      }
      style={{ marginTop: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('reports.template.hint')}</Typography.Paragraph>
      <Collapse
        items={draft.sections.map((sec, s) => ({
          key: sec.key,
          label: sec.heading,
          children: (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input
                aria-label={t('reports.template.heading')}
                value={sec.heading}
                onChange={(e) => setHeading(s, e.target.value)}
              />
              {sec.items.flatMap((it, i) =>
                it.sentences.map((se, j) => (
                  <Input.TextArea
                    key={`${i}-${j}`}
                    aria-label={`${it.lead ?? sec.heading} ${j + 1}`}
                    autoSize
                    value={se.text}
                    onChange={(e) => setSentence(s, i, j, e.target.value)}
                  />
                )),
              )}
            </Space>
          ),
        }))}
      />
      <Space style={{ marginTop: 12 }}>
        <Button onClick={() => preview.mutate(draft)} loading={preview.isPending}>
          {t('reports.preview')}
        </Button>
        <Button type="primary" onClick={() => save.mutate(draft)} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Space>
      {preview.data ? (
        <>
          {preview.data.unknownPlaceholders.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={`${t('reports.template.unknown')}: ${preview.data.unknownPlaceholders.join(', ')}`}
            />
          ) : null}
          <pre style={{ whiteSpace: 'pre-wrap', marginTop: 12, maxHeight: 480, overflow: 'auto' }}>
            {preview.data.text}
          </pre>
        </>
      ) : null}
    </Card>
  );
}
