import { FORMATION_MODES, UNION_STATUSES, type FormationMode, type UnionStatus } from '@kgh/shared';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { FormRadioGroup } from '../../components/FormRadioGroup';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';

export interface StatusChange {
  unionStatus: UnionStatus;
  reason: string;
  formationMode?: FormationMode;
  unionOrgId?: string;
  newUnionName?: string;
}

interface Fields extends StatusChange {
  union: 'new' | 'existing';
}

/** A change of union status with its reason; establishing says how and which union covers the enterprise. */
export function StatusChangeForm({
  current,
  enterpriseName,
  onSubmit,
}: {
  current: UnionStatus;
  enterpriseName: string;
  onSubmit: (change: StatusChange) => Promise<void>;
}) {
  const [form] = Form.useForm<Fields>();
  const status = Form.useWatch('unionStatus', form);
  const union = Form.useWatch('union', form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ union: unionChoice, ...fields }: Fields) {
    setBusy(true);
    setError(null);
    const establishing = fields.unionStatus === 'established';
    try {
      await onSubmit({
        unionStatus: fields.unionStatus,
        reason: fields.reason.trim(),
        ...(establishing && {
          formationMode: fields.formationMode,
          ...(unionChoice === 'new' ? { newUnionName: fields.newUnionName?.trim() } : { unionOrgId: fields.unionOrgId }),
        }),
      });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Fields>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ unionStatus: current === 'established' ? 'moved_out' : 'established', union: 'new', newUnionName: `${enterpriseName}工会委员会` }}
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form.Item label="新的建会状态" name="unionStatus" rules={[{ required: true, message: '请选择状态' }]}>
        <FormRadioGroup
          options={UNION_STATUSES.filter((s) => s.code !== current).map(({ code, name }) => ({ value: code, label: name }))}
          optionType="button"
        />
      </Form.Item>
      {status === 'established' && (
        <>
          <Form.Item label="建会方式" name="formationMode" rules={[{ required: true, message: '请选择建会方式' }]}>
            <FormRadioGroup options={FORMATION_MODES.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
          <Form.Item label="覆盖该企业的工会" name="union">
            <Radio.Group
              options={[
                { value: 'new', label: '新建基层工会' },
                { value: 'existing', label: '纳入已有工会' },
              ]}
            />
          </Form.Item>
          {union === 'new' ? (
            <Form.Item
              label="新工会名称"
              name="newUnionName"
              rules={[
                { required: true, whitespace: true, message: '请填写工会名称' },
                { max: 60, message: '最多60个字' },
              ]}
            >
              <Input />
            </Form.Item>
          ) : (
            <Form.Item label="已有工会" name="unionOrgId" rules={[{ required: true, message: '请选择工会' }]}>
              <OrgTreeSelect placeholder="选择行业工会、园区联合工会或企业工会" />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item
        label="原因或依据"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请填写原因' },
          { min: 2, max: 200, message: '原因长度为2到200个字符' },
        ]}
      >
        <Input.TextArea rows={2} placeholder="例如：经走访动员，企业于12月召开会员大会选举产生工会委员会" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        确认变更
      </Button>
    </Form>
  );
}
