import type { ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import { Link } from 'react-router-dom';
import { LEGAL_PARTY_NAMES, LEGAL_TOPIC_NAMES, nameOf, TOWN_NAMES } from '../../components/labels';

export type LegalCase = Schema<'LegalCaseView'>;

/** The columns the queue and the case list share: which request, when, about what, whose, where. */
export const REQUEST_COLUMNS: ProColumns<LegalCase>[] = [
  {
    title: '编号',
    dataIndex: 'number',
    hideInSearch: true,
    render: (_, row) => (
      <Link to={`/legal/${row.id}`} style={{ whiteSpace: 'nowrap' }}>
        {row.number}
      </Link>
    ),
  },
  { title: '提交时间', dataIndex: 'submittedAt', valueType: 'dateTime', hideInSearch: true, width: 160 },
  { title: '主题', dataIndex: 'topic', valueEnum: LEGAL_TOPIC_NAMES },
  // A non-member's name reads 未入会职工, so the name alone says whether the asker is a member.
  { title: '申请人', dataIndex: 'applicantNameMasked', hideInSearch: true },
  { title: '镇街', dataIndex: 'townCode', valueEnum: TOWN_NAMES },
];

export const AGAINST_COLUMN: ProColumns<LegalCase> = {
  title: '对象',
  dataIndex: 'against',
  hideInSearch: true,
  render: (_, row) => (row.againstName ? `${nameOf(LEGAL_PARTY_NAMES, row.against)}：${row.againstName}` : nameOf(LEGAL_PARTY_NAMES, row.against)),
};
