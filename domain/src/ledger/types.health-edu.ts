import { L, opt, type RecordTypeDecl } from './declarations';

/** Records of the 夏河班 and 结对认亲 programmes (telemedicine and student programmes are declared with talent). */
export const HEALTH_EDU_TYPES: RecordTypeDecl[] = [
  {
    code: 'student_support',
    label: L('学生资助帮扶', 'Student support'),
    category: 'health_edu',
    group: 'education',
    reportedBy: 'east',
    review: false,
    roster: { mode: 'single', label: L('受助学生', 'Student') },
    fixed: { persons: 1 },
    fields: [
      {
        key: 'supportKind',
        kind: 'enum',
        required: true,
        label: L('帮扶方式', 'Kind'),
        options: [
          opt('scholarship', '奖助学金', 'Scholarship'),
          opt('mentoring', '结对导师', 'Mentoring'),
          opt('living', '生活补助', 'Living allowance'),
          opt('other', '其他', 'Other'),
        ],
      },
      { key: 'amountFen', kind: 'money', measure: 'amountFen', label: L('金额', 'Amount') },
      { key: 'programme', kind: 'text', required: true, label: L('项目', 'Programme'), maxLength: 100 },
      { key: 'term', kind: 'text', label: L('学期', 'Term'), maxLength: 20 },
    ],
  },
  {
    code: 'family_visit',
    label: L('结对认亲走访', 'Paired-family visit'),
    category: 'pairing',
    group: 'social',
    reportedBy: 'east',
    review: false,
    roster: { mode: 'none' },
    fixed: { sessions: 1 },
    fields: [
      {
        key: 'visitKind',
        kind: 'enum',
        required: true,
        label: L('走访方式', 'Kind'),
        options: [
          opt('home_visit', '入户走访', 'Home visit'),
          opt('remote', '电话视频联系', 'Call or video'),
          opt('practical_help', '帮办实事', 'Practical help'),
        ],
      },
      { key: 'amountFen', kind: 'money', measure: 'amountFen', label: L('捐款捐物折价', 'Help in money or kind') },
      { key: 'summary', kind: 'text', required: true, label: L('走访内容', 'What was done'), maxLength: 500 },
    ],
  },
];
