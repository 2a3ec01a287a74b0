import { Alert, App, Button, Card, Descriptions, List, Modal, Result, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import {
  LEGAL_KIND_NAMES,
  LEGAL_PARTY_NAMES,
  LEGAL_STATUS_NAMES,
  LEGAL_TOPIC_NAMES,
  MEDIATION_FORM_NAMES,
  nameOf,
  REFERRAL_BODY_NAMES,
  TOWN_NAMES,
} from '../../components/labels';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { ACTION_LABELS, actionsFor, DANGEROUS, doneMessage, sendCaseRequest, type CaseAction, type CaseRequest, type LegalCaseDetail } from './case-actions';
import { CaseActionForm } from './CaseActionForm';
import { amountOf, Deadline, LegalStatusTag, MemberTag } from './legal-display';

const at = (time: string) => dayjs(time).format('YYYY-MM-DD HH:mm');

const EVENT_NAMES: Record<LegalCaseDetail['timeline'][number]['kind'], string> = {
  status: '状态变更',
  note: '职工补充材料',
  assigned: '指派',
  session: '调解记录',
  amounts: '金额变更',
};

function TimelineCard({ detail }: { detail: LegalCaseDetail }) {
  return (
    <Card title="办理经过">
      <Timeline
        items={detail.timeline.map((event) => ({
          color: event.actor ? 'blue' : 'gray',
          children: (
            <>
              <Typography.Text strong>
                {EVENT_NAMES[event.kind]}
                {event.toStatus &&
                  `：${event.fromStatus ? `${nameOf(LEGAL_STATUS_NAMES, event.fromStatus)} → ` : ''}${nameOf(LEGAL_STATUS_NAMES, event.toStatus)}`}
              </Typography.Text>
              <div>{event.text}</div>
              <Typography.Text type="secondary">
                {at(event.at)} {event.actor?.displayName ?? '职工本人'}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
}

function SessionsCard({ detail }: { detail: LegalCaseDetail }) {
  return (
    <Card title="调解记录">
      <List
        dataSource={detail.sessions}
        locale={{ emptyText: '还没有调解记录' }}
        renderItem={(session) => (
          <List.Item>
            <div>
              <Typography.Text strong>
                {session.heldOn} {nameOf(MEDIATION_FORM_NAMES, session.form)}
              </Typography.Text>
              <div>参加人员：{session.attendees}</div>
              <div>调解结果：{session.result}</div>
              <Typography.Text type="secondary">
                {session.recordedBy.displayName} 记录于 {at(session.recordedAt)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * One request or case: what the worker asked, where it stands, every step taken, and the moves left.
 * `staff` (not a mediator) came from the queue and may hand the case to someone.
 */
export function CasePage({ staff }: { staff: boolean }) {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const [action, setAction] = useState<CaseAction | null>(null);
  const { data: detail, error, notFound, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/legal/cases/{id}', { path: { id } }), [id]));

  if (notFound)
    return (
      <Result status="404" title="没有找到这条维权记录" subTitle="记录不存在，或不在您的办理范围内" extra={<Link to="/legal/cases">返回案件与咨询</Link>} />
    );
  if (!detail) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;

  async function send(done: CaseAction, request: CaseRequest) {
    await sendCaseRequest(id, request);
    void message.success(doneMessage(done));
    setAction(null);
    reload();
  }

  const [backPath, backLabel] = detail.status === 'submitted' && staff ? ['/legal', '待受理'] : ['/legal/cases', '案件与咨询'];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Link to={backPath}>{backLabel}</Link>/<span>{detail.number}</span>
            <Tag>{nameOf(LEGAL_KIND_NAMES, detail.kind)}</Tag>
            <LegalStatusTag status={detail.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {actionsFor(detail, staff).map((next) => (
              <Button key={next} danger={DANGEROUS.includes(next)} onClick={() => setAction(next)}>
                {ACTION_LABELS[next]}
              </Button>
            ))}
          </Space>
        }
      >
        {detail.status === 'submitted' && detail.requestOverdue && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`已超过受理期限：应于 ${detail.dueOn} 前答复或立案`} />
        )}
        {detail.mediationOverdue && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`调解已超过15天期限（${detail.mediationDueOn} 到期），请尽快办结或转仲裁/诉讼`} />
        )}
        <Descriptions bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="主题">{nameOf(LEGAL_TOPIC_NAMES, detail.topic)}</Descriptions.Item>
          <Descriptions.Item label="对象">
            {nameOf(LEGAL_PARTY_NAMES, detail.against)}
            {detail.againstName && `：${detail.againstName}`}
          </Descriptions.Item>
          <Descriptions.Item label="申请人">
            <Space size={4}>
              {detail.applicantNameMasked}
              <MemberTag isMember={detail.isMember} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{detail.phone}</Descriptions.Item>
          <Descriptions.Item label="所在镇街">{nameOf(TOWN_NAMES, detail.townCode)}</Descriptions.Item>
          <Descriptions.Item label="受理工会">{detail.org.name}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{at(detail.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="受理期限">
            {detail.status === 'submitted' ? <Deadline on={detail.dueOn} overdue={detail.requestOverdue} overdueText="已超期未受理" /> : detail.dueOn}
          </Descriptions.Item>
          <Descriptions.Item label="涉及职工">{detail.workersAffected} 人</Descriptions.Item>
          <Descriptions.Item label="承办人">{detail.assignee?.displayName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="立案日期">{detail.registeredOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="调解期限">
            <Deadline on={detail.mediationDueOn} overdue={detail.mediationOverdue} overdueText="调解已超15天" />
          </Descriptions.Item>
          <Descriptions.Item label="诉求金额">{amountOf(detail.amountClaimedFen)}</Descriptions.Item>
          <Descriptions.Item label="协议金额">{amountOf(detail.amountAgreedFen)}</Descriptions.Item>
          <Descriptions.Item label="追回金额">{amountOf(detail.amountRecoveredFen)}</Descriptions.Item>
          {detail.referredTo && <Descriptions.Item label="转交">{nameOf(REFERRAL_BODY_NAMES, detail.referredTo)}</Descriptions.Item>}
        </Descriptions>
        <Descriptions bordered column={1} style={{ marginTop: 16 }}>
          <Descriptions.Item label="情况描述">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.description}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="办理结果（职工可见）">{detail.outcome ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <TimelineCard detail={detail} />
      {detail.kind === 'case' && <SessionsCard detail={detail} />}
      <Modal
        title={action && `${ACTION_LABELS[action]} · ${detail.number}`}
        open={action !== null}
        onCancel={() => setAction(null)}
        footer={null}
        destroyOnHidden
      >
        {action && <CaseActionForm action={action} detail={detail} onSubmit={(request) => send(action, request)} />}
      </Modal>
    </Space>
  );
}
