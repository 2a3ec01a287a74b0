import type { Schema } from '@kgh/api-client';
import type { LegalStatus } from '@kgh/shared';
import { Space, Tag, Typography } from 'antd';
import { LEGAL_STATUS_NAMES, nameOf } from '../../components/labels';
import { yuan } from '../../components/money';

type LegalCaseView = Schema<'LegalCaseView'>;

// Only the tag colours that read at 4.5:1 (shell/contrast.css); the tag's words carry the meaning.
const STATUS_COLORS: Record<LegalStatus, string> = {
  submitted: 'gold',
  answered: 'green',
  registered: 'blue',
  mediating: 'blue',
  agreed: 'purple',
  fulfilled: 'green',
  declined: 'default',
  failed: 'gold',
  referred: 'purple',
  withdrawn: 'default',
};

export function LegalStatusTag({ status }: { status: LegalStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{nameOf(LEGAL_STATUS_NAMES, status)}</Tag>;
}

/** A due day; past it, a red tag that says so and the day in red, so that colour is never the only cue. */
export function Deadline({ on, overdue, overdueText }: { on: string | null; overdue: boolean; overdueText: string }) {
  if (!on) return <>—</>;
  if (!overdue) return <>{on}</>;
  return (
    <Space size={4} wrap>
      <Tag color="red">{overdueText}</Tag>
      <Typography.Text type="danger">{on}</Typography.Text>
    </Space>
  );
}

export function MemberTag({ isMember }: { isMember: boolean }) {
  return isMember ? <Tag color="green">会员</Tag> : <Tag>非会员</Tag>;
}

export const amountOf = (fen: number | null) => (fen === null ? '—' : yuan(fen));

/** Claimed, agreed and recovered, one a line, only those set. */
export function CaseAmounts({ row }: { row: Pick<LegalCaseView, 'amountClaimedFen' | 'amountAgreedFen' | 'amountRecoveredFen'> }) {
  const lines = [
    ['诉求', row.amountClaimedFen],
    ['协议', row.amountAgreedFen],
    ['追回', row.amountRecoveredFen],
  ] as const;
  const set = lines.filter(([, fen]) => fen !== null);
  if (set.length === 0) return <>—</>;
  return (
    <>
      {set.map(([label, fen]) => (
        <div key={label} style={{ whiteSpace: 'nowrap' }}>
          {label} {amountOf(fen)}
        </div>
      ))}
    </>
  );
}
