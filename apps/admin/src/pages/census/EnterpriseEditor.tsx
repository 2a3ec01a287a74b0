import { App, Card, Result, Space } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { EnterpriseForm, type EnterpriseFields } from './EnterpriseForm';

/** A new enterprise at /census/new; an existing one's fields at /census/:id/edit (its status has its own action). */
export function EnterpriseEditor() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const {
    data: enterprise,
    error,
    notFound,
    reload,
  } = useLoad(useCallback(() => (id ? api.GET('/api/v1/admin/enterprises/{id}', { path: { id } }) : Promise.resolve(undefined)), [id]));

  async function save(fields: EnterpriseFields) {
    const saved = id
      ? await api.PATCH('/api/v1/admin/enterprises/{id}', { path: { id }, body: fields })
      : await api.POST('/api/v1/admin/enterprises', { body: fields });
    void message.success(id ? '企业信息已保存' : '企业已登记');
    void navigate(`/census/${saved.id}`);
  }

  if (notFound) return <Result status="404" title="没有找到这家企业" subTitle="企业不存在，或不在您的管辖范围内" extra={<Link to="/census">返回台账</Link>} />;
  if (id && !enterprise) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;
  return (
    <Card
      title={
        <Space>
          <Link to="/census">企业台账</Link>/<span>{enterprise ? `修改「${enterprise.name}」` : '登记企业'}</span>
        </Space>
      }
    >
      <EnterpriseForm
        key={enterprise?.updatedAt}
        initial={enterprise && { ...enterprise, contactName: enterprise.contactName ?? undefined, contactPhone: enterprise.contactPhone ?? undefined }}
        onSubmit={save}
        submitText={id ? '保存' : '登记'}
      />
    </Card>
  );
}
