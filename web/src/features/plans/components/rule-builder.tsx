import { Button, Card, Form, Switch, Typography } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined } from '@ant-design/icons';
import {
  AGG_LABELS,
  MEASURES,
  PAIRING_KIND_LABELS,
  PAIRING_KINDS,
  type PairingKind,
  type RecordTypeDecl,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { RecordTypesDto } from '../api/plans.types';
import {
  emptyFilter,
  measureOptions,
  withAgg,
  withTypes,
  type AggChoice,
  type BaseAgg,
  type BaseState,
  type BuilderProblem,
  type RuleState,
} from '../utils/rule-builder';
import { FilterRow } from './filter-row';

const BASE_AGGS: BaseAgg[] = ['sum', 'count', 'distinct_persons', 'pairings', 'agreements'];
const ALL_AGGS: AggChoice[] = [...BASE_AGGS, 'ratio'];

type BaseProps = {
  value: BaseState;
  onChange: (s: BaseState) => void;
  recordTypes: RecordTypesDto;
  path: string;
  problems: readonly BuilderProblem[];
  withAggPicker: boolean;
};

/** The problem messages at a path (exactly), in the current language. */
function useErrors(problems: readonly BuilderProblem[]) {
  const { lang } = useT();
  return (path: string) => {
    const found = problems.filter((p) => p.path === path).map((p) => p[lang]);
    return found.length ? found.join('；') : undefined;
  };
}

function typeOptions(recordTypes: RecordTypesDto, lang: 'zh' | 'en') {
  const byCategory = new Map<string, RecordTypeDecl[]>();
  for (const t of recordTypes.types) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  return [...byCategory].map(([c, ts]) => ({
    label: recordTypes.categories[c as keyof RecordTypesDto['categories']]?.[lang] ?? c,
    options: ts.map((t) => ({ value: t.code, label: t.label[lang] })),
  }));
}

/** One plain rule: aggregate (for a ratio's part), record types, measure, people or pairing kinds, and its filters. */
function BaseRuleFields({ value, onChange, recordTypes, path, problems, withAggPicker }: BaseProps) {
  const { t, lang } = useT();
  const errorAt = useErrors(problems);
  const id = path.replace(/\./g, '-');
  const decls = recordTypes.types;
  const status = (p: string) => (errorAt(p) ? ('error' as const) : undefined);
  const hasTypes = value.agg !== 'pairings' && value.agg !== 'agreements';
  return (
    <>
      {withAggPicker ? (
        <Form.Item label={t('plans.rule.agg')} htmlFor={`${id}-agg`}>
          <Select<BaseAgg>
            id={`${id}-agg`}
            value={value.agg}
            onChange={(agg) => onChange({ ...value, agg })}
            options={BASE_AGGS.map((a) => ({ value: a, label: AGG_LABELS[a][lang] }))}
          />
        </Form.Item>
      ) : null}
      {hasTypes ? (
        <Form.Item
          label={t('plans.rule.types')}
          htmlFor={`${id}-types`}
          required
          validateStatus={status(`${path}.types`)}
          help={errorAt(`${path}.types`)}
        >
          <Select
            id={`${id}-types`}
            mode="multiple"
            placeholder={t('plans.rule.typesPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={typeOptions(recordTypes, lang)}
            value={value.types}
            onChange={(types: string[]) => onChange(withTypes(value, types, decls))}
          />
        </Form.Item>
      ) : null}
      {value.agg === 'sum' ? (
        <Form.Item
          label={t('plans.rule.measure')}
          htmlFor={`${id}-measure`}
          required
          validateStatus={status(`${path}.measure`)}
          help={errorAt(`${path}.measure`) ?? (value.types.length ? undefined : t('plans.rule.chooseTypesFirst'))}
        >
          <Select
            id={`${id}-measure`}
            value={value.measure}
            disabled={!value.types.length}
            onChange={(measure) => onChange({ ...value, measure })}
            options={measureOptions(value.types, decls).map((m) => ({
              value: m,
              label:
                lang === 'zh'
                  ? `${MEASURES[m].zh}（${MEASURES[m].unit.zh}）`
                  : `${MEASURES[m].en} (${MEASURES[m].unit.en})`,
            }))}
          />
        </Form.Item>
      ) : null}
      {value.agg === 'distinct_persons' ? (
        <Form.Item label={t('plans.rule.poorOnly')} htmlFor={`${id}-poor`}>
          <Switch
            id={`${id}-poor`}
            checked={value.poorOnly}
            onChange={(poorOnly) => onChange({ ...value, poorOnly })}
          />
        </Form.Item>
      ) : null}
      {value.agg === 'pairings' ? (
        <Form.Item label={t('plans.rule.kinds')} htmlFor={`${id}-kinds`}>
          <Select<PairingKind[]>
            id={`${id}-kinds`}
            mode="multiple"
            placeholder={t('plans.rule.kindsAll')}
            value={value.kinds}
            onChange={(kinds) => onChange({ ...value, kinds })}
            options={PAIRING_KINDS.map((k) => ({ value: k, label: PAIRING_KIND_LABELS[k][lang] }))}
          />
        </Form.Item>
      ) : null}
      {hasTypes ? (
        <fieldset className="xz-plan-filters">
          <legend>{t('plans.rule.filters')}</legend>
          {value.filters.length === 0 ? (
            <Typography.Paragraph type="secondary" className="xz-plan-filters__none">
              {t('plans.rule.noFilters')}
            </Typography.Paragraph>
          ) : null}
          {value.filters.map((f, i) => (
            <FilterRow
              key={i}
              index={i}
              idPrefix={id}
              value={f}
              types={value.types}
              decls={decls}
              errorAt={(suffix) => errorAt(`${path}.filters.${i}.${suffix}`)}
              onChange={(next) => onChange({ ...value, filters: value.filters.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => onChange({ ...value, filters: value.filters.filter((_, j) => j !== i) })}
            />
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={!value.types.length}
            onClick={() => onChange({ ...value, filters: [...value.filters, emptyFilter()] })}
          >
            {t('plans.rule.addFilter')}
          </Button>
        </fieldset>
      ) : null}
    </>
  );
}

type Props = {
  value: RuleState;
  onChange: (s: RuleState) => void;
  recordTypes: RecordTypesDto;
  problems: readonly BuilderProblem[];
};

/** The rule builder: an aggregate over record types with filters, or the ratio of two such rules. */
export function RuleBuilder({ value, onChange, recordTypes, problems }: Props) {
  const { t, lang } = useT();
  const part = (key: 'numerator' | 'denominator') => (
    <Card size="small" className="xz-plan-part" title={t(`plans.rule.${key}`)}>
      <BaseRuleFields
        value={value[key]}
        onChange={(s) => onChange({ ...value, [key]: s })}
        recordTypes={recordTypes}
        path={`rule.${key}`}
        problems={problems}
        withAggPicker
      />
    </Card>
  );
  return (
    <>
      <Form.Item label={t('plans.rule.agg')} htmlFor="rule-agg">
        <Select<AggChoice>
          id="rule-agg"
          value={value.agg}
          onChange={(agg) => onChange(withAgg(value, agg))}
          options={ALL_AGGS.map((a) => ({ value: a, label: AGG_LABELS[a][lang] }))}
        />
      </Form.Item>
      {value.agg === 'ratio' ? (
        <>
          {part('numerator')}
          {part('denominator')}
        </>
      ) : (
        <BaseRuleFields
          value={{ ...value.main, agg: value.agg }}
          onChange={(main) => onChange({ ...value, main })}
          recordTypes={recordTypes}
          path="rule"
          problems={problems}
          withAggPicker={false}
        />
      )}
    </>
  );
}
