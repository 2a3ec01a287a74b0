import { creditCodeProblem, INDUSTRIES, type Industry, type TownCode } from '@kgh/shared';
import { Alert, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { FormSelect } from '../../components/FormSelect';
import { TownAndAddressFields } from '../../components/TownAndAddressFields';

export interface EnterpriseFields {
  name: string;
  creditCode: string;
  industry: Industry;
  townCode: TownCode;
  address: string;
  workers: number;
  newFormWorkers: number;
  brands?: string[];
  contactName?: string;
  contactPhone?: string;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** An enterprise of the census; the credit code is checked here with the same rule the API applies. */
export function EnterpriseForm({
  initial,
  onSubmit,
  submitText,
}: {
  initial?: Partial<EnterpriseFields>;
  onSubmit: (fields: EnterpriseFields) => Promise<void>;
  submitText: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: EnterpriseFields) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        ...values,
        name: values.name.trim(),
        creditCode: values.creditCode.trim().toUpperCase(),
        contactName: values.contactName?.trim() || undefined,
        contactPhone: values.contactPhone?.trim() || undefined,
      });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<EnterpriseFields> layout="vertical" onFinish={submit} initialValues={initial ?? { workers: 0, newFormWorkers: 0, brands: [] }} scrollToFirstError>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="企业名称"
            name="name"
            rules={[
              { required: true, whitespace: true, message: '请填写企业名称' },
              { max: 100, message: '最多100个字' },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="统一社会信用代码"
            name="creditCode"
            rules={[
              { required: true, whitespace: true, message: '请填写统一社会信用代码' },
              {
                validator: (_, code?: string) =>
                  code && creditCodeProblem(code.trim().toUpperCase())
                    ? Promise.reject(new Error(creditCodeProblem(code.trim().toUpperCase())!))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="行业" name="industry" rules={[{ required: true, message: '请选择行业' }]}>
            <FormSelect options={INDUSTRIES.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
        </Col>
        <TownAndAddressFields />
        <Col xs={12} md={6}>
          <Form.Item label="职工人数" name="workers" rules={[{ required: true, message: '请填写职工人数' }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label="其中新就业形态劳动者"
            name="newFormWorkers"
            dependencies={['workers']}
            rules={[
              { required: true, message: '请填写新就业形态劳动者人数' },
              ({ getFieldValue }) => ({
                validator: (_, value?: number) =>
                  value === undefined || value <= (getFieldValue('workers') as number)
                    ? Promise.resolve()
                    : Promise.reject(new Error('新就业形态劳动者不能多于职工人数')),
              }),
            ]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="经营的品牌或平台" name="brands" extra="输入后回车，可填多个">
            <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="联系人" name="contactName" rules={[{ max: 30, message: '最多30个字' }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="联系电话" name="contactPhone" rules={[{ pattern: PHONE, message: '请填写手机号或区号加座机号' }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitText}
      </Button>
    </Form>
  );
}
