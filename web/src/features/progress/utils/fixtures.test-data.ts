import type { IndicatorProgressDto, IndicatorStatus } from '@xiezuo/domain';

type CountyCell = IndicatorProgressDto['counties'][number];

const county = (
  countyCode: string,
  countyName: string,
  value: number,
  target: number | null,
  status: IndicatorStatus,
): CountyCell => ({
  countyCode,
  countyName,
  value,
  claimed: 0,
  target,
  completion: target ? Math.round((value / target) * 1000) / 10 : null,
  expected: target === null ? null : target * 0.748,
  status,
});

/** A progress item as the engine answers it, with three counties; override what a test needs. */
export function item(over: Partial<IndicatorProgressDto> = {}): IndicatorProgressDto {
  return {
    code: 'talent.medical_missions',
    name: { zh: '“医疗服务支援行”专家团', en: 'Medical service missions' },
    category: 'talent',
    unit: { zh: '次', en: 'times' },
    format: 'count',
    group: 'health',
    targetKind: 'min',
    isTargetDistrictOnly: false,
    target: 3,
    value: 2,
    claimed: 1,
    completion: 66.7,
    expected: 2.24,
    status: 'behind',
    counties: [
      county('621022', '环县', 1, 1, 'achieved'),
      county('621021', '庆城县', 1, 1, 'achieved'),
      county('623027', '夏河县', 0, 1, 'at_risk'),
    ],
    ...over,
  };
}
