import { App, Card, Result, Space } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { ProgrammeForm, type ProgrammeBody } from './ProgrammeForm';
import { SessionsCard } from './SessionsCard';

export function ProgrammeEditor() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const {
    data: programme,
    error,
    notFound,
    reload,
  } = useLoad(useCallback(() => (id ? api.GET('/api/v1/admin/benefits/{id}', { path: { id } }) : Promise.resolve(undefined)), [id]));

  async function save(body: ProgrammeBody) {
    if (id) {
      await api.PATCH('/api/v1/admin/benefits/{id}', { path: { id }, body });
      void message.success('项目已保存');
      reload();
    } else {
      const created = await api.POST('/api/v1/admin/benefits', { body });
      void message.success('项目已创建');
      void navigate(`/benefits/${created.id}`, { replace: true });
    }
  }

  if (notFound) return <Result status="404" title="没有找到这个福利项目" extra={<Link to="/benefits">返回福利项目</Link>} />;
  if (id && !programme) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/benefits">福利项目</Link>/<span>{programme?.name ?? '新建项目'}</span>
          </Space>
        }
        extra={programme && <Link to={`/benefits/claims?programmeId=${programme.id}`}>查看申领</Link>}
      >
        <ProgrammeForm key={programme?.updatedAt} programme={programme} onSubmit={save} />
      </Card>
      {programme?.hasSessions && <SessionsCard programmeId={programme.id} sessions={programme.sessions} onChange={reload} />}
    </Space>
  );
}
