import { App, Card, Result, Space, Switch } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { StationForm, type StationFields } from './StationForm';

/** New station at /stations/new; an existing one at /stations/:id. */
export function StationEditor() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const {
    data: station,
    error,
    notFound,
    reload,
  } = useLoad(useCallback(() => (id ? api.GET('/api/v1/admin/stations/{id}', { path: { id } }) : Promise.resolve(undefined)), [id]));

  async function save(fields: StationFields) {
    if (id) await api.PATCH('/api/v1/admin/stations/{id}', { path: { id }, body: fields });
    else await api.POST('/api/v1/admin/stations', { body: fields });
    void message.success(id ? '驿站已保存' : '驿站已创建');
    void navigate('/stations');
  }

  async function setActive(active: boolean) {
    try {
      await api.PATCH('/api/v1/admin/stations/{id}', { path: { id: id! }, body: { active } });
      void message.success(active ? '驿站已重新开放' : '驿站已停用');
      reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    }
  }

  if (notFound)
    return <Result status="404" title="没有找到这个驿站" subTitle="驿站不存在，或不在您的管辖范围内" extra={<Link to="/stations">返回驿站列表</Link>} />;
  if (id && !station) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;
  return (
    <Card
      title={
        <Space>
          <Link to="/stations">驿站</Link>/<span>{station ? station.name : '新建驿站'}</span>
        </Space>
      }
      extra={
        station && (
          <Space>
            <span>对职工开放</span>
            <Switch checked={station.active} onChange={setActive} aria-label="对职工开放" />
          </Space>
        )
      }
    >
      <StationForm key={station?.updatedAt} initial={station} onSubmit={save} submitText={id ? '保存' : '创建驿站'} />
    </Card>
  );
}
