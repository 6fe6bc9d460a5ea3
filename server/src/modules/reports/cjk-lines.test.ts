import { describe, expect, it } from 'vitest';
import { breakUnits, titleLines, wrapUnits } from './cjk-lines';

const NO_START = /^[，。、；：？！）》」』】〕〉”’·…—%]/;
const NO_END = /[（《「『【〔〈“‘]$/;

describe('Chinese line breaking', () => {
  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    expect(breakUnits('会同国安社区（“一·丝·爱”活动）。')).toEqual([
      '会',
      '同',
      '国',
      '安',
      '社',
      '区',
      '（“一·丝·爱”',
      '活',
      '动）。',
    ]);
    expect(breakUnits('签订订单金额348.01万元，占30%。')).toEqual([
      '签',
      '订',
      '订',
      '单',
      '金',
      '额',
      '348.01',
      '万',
      '元，',
      '占',
      '30%。',
    ]);
  });

  it('gives the text back unchanged', () => {
    const text = '一是充实领导小组。区委书记亲自挂帅，逐步扩大小组成员单位至30个；《今晚报》刊登“一·丝·爱”——助力甘肃……';
    expect(breakUnits(text).join('')).toBe(text);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation, at any width', () => {
    const text =
      '会同国安社区科技有限公司开展“一·丝·爱”助力甘肃精准扶贫系列活动，与受援县的6家企业签约，采购受援县扶贫商品81种（含《环乡人》品牌），签订订单金额348万元。';
    for (let width = 3; width <= 30; width++) {
      const lines = wrapUnits(breakUnits(text), width, 2);
      expect(lines.join('')).toBe(text);
      for (const l of lines.slice(1)) expect(l, `width ${width}: ${lines.join(' | ')}`).not.toMatch(NO_START);
      for (const l of lines) expect(l, `width ${width}`).not.toMatch(NO_END);
    }
  });

  it('breaks titles at phrase boundaries, never inside a word', () => {
    expect(titleLines('天津市南开区2018年东西部扶贫协作和支援合作工作总结', 21)).toEqual([
      '天津市南开区2018年',
      '东西部扶贫协作和支援合作工作总结',
    ]);
    expect(titleLines('天津市南开区区委组织部2018年东西部扶贫协作和支援合作工作总结', 21)).toEqual([
      '天津市南开区区委组织部2018年',
      '东西部扶贫协作和支援合作工作总结',
    ]);
    expect(titleLines('短标题', 21)).toEqual(['短标题']);
    // no boundary fits: unit breaking, still no closing punctuation at a line start
    const odd = titleLines('甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥', 10);
    expect(odd.length).toBeGreaterThan(1);
    for (const l of odd.slice(1)) expect(l).not.toMatch(NO_START);
  });
});
