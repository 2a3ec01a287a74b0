import { APPLICATION_FIELDS, type ApplicationField } from '@kgh/shared';
import { App, Button, Card, Descriptions, Modal, Result, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { APPLICATION_STATUS_NAMES, EMPLOYER_NAMES, GENDER_NAMES, nameOf, OCCUPATION_NAMES, TOWN_NAMES } from '../../components/labels';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { RejectForm } from './RejectForm';
import { RevealIdNumber } from './RevealIdNumber';

const STATUS_COLORS = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

export function ApplicationDetail() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const loader = useCallback(() => api.GET('/api/v1/admin/applications/{id}', { path: { id } }), [id]);
  const { data: application, error, notFound, reload } = useLoad(loader);

  if (notFound)
    return (
      <Result status="404" title="没有找到这份申请" subTitle="申请不存在，或不在您所在工会的管辖范围内" extra={<Link to="/applications">返回审核列表</Link>} />
    );
  if (!application) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;

  async function approve() {
    setApproving(true);
    try {
      const answer = await api.POST('/api/v1/admin/applications/{id}/approve', { path: { id } });
      void message.success(`已批准，会员号 ${answer.memberNumber}`);
      reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    } finally {
      setApproving(false);
    }
  }

  async function reject(reason: string, fields: ApplicationField[]) {
    await api.POST('/api/v1/admin/applications/{id}/reject', { path: { id }, body: { reason, fields } });
    setRejecting(false);
    void message.success('已退回申请，申请人会看到原因');
    reload();
  }

  const pending = application.status === 'pending';
  return (
    <Card
      title={
        <Space>
          <Link to="/applications">入会审核</Link>/<span>{application.name} 的入会申请</span>
        </Space>
      }
      extra={
        pending && (
          <Space>
            <Button danger onClick={() => setRejecting(true)}>
              不通过
            </Button>
            <Button type="primary" loading={approving} onClick={approve}>
              批准入会
            </Button>
          </Space>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        <Descriptions.Item label="状态">
          <Tag color={STATUS_COLORS[application.status]}>{APPLICATION_STATUS_NAMES[application.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="提交时间">{dayjs(application.submittedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
        <Descriptions.Item label="姓名">{application.name}</Descriptions.Item>
        <Descriptions.Item label="性别">{nameOf(GENDER_NAMES, application.gender)}</Descriptions.Item>
        <Descriptions.Item label="身份证号">
          <Space>
            <span>{application.idNumberMasked}</span>
            <RevealIdNumber applicationId={application.id} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="手机号">{application.phoneMasked}</Descriptions.Item>
        <Descriptions.Item label="职业">{nameOf(OCCUPATION_NAMES, application.occupation)}</Descriptions.Item>
        <Descriptions.Item label="工作单位">{nameOf(EMPLOYER_NAMES, application.employer)}</Descriptions.Item>
        <Descriptions.Item label="所在镇街">{nameOf(TOWN_NAMES, application.townCode)}</Descriptions.Item>
        <Descriptions.Item label="受理工会">{application.targetOrg.name}</Descriptions.Item>
        <Descriptions.Item label="受理依据" span={2}>
          {application.routingReason}
        </Descriptions.Item>
        {application.rejectReason && (
          <Descriptions.Item label="不通过原因" span={2}>
            <Typography.Text type="danger">{application.rejectReason}</Typography.Text>
          </Descriptions.Item>
        )}
        {application.rejectFields.length > 0 && (
          <Descriptions.Item label="需重新填写" span={2}>
            {APPLICATION_FIELDS.filter(({ code }) => application.rejectFields.includes(code))
              .map(({ name }) => name)
              .join('、')}
          </Descriptions.Item>
        )}
        {application.reviewedAt && <Descriptions.Item label="审核时间">{dayjs(application.reviewedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>}
      </Descriptions>
      <Modal title={`退回 ${application.name} 的申请`} open={rejecting} onCancel={() => setRejecting(false)} footer={null} destroyOnHidden>
        <RejectForm onSubmit={reject} onCancel={() => setRejecting(false)} />
      </Modal>
    </Card>
  );
}
