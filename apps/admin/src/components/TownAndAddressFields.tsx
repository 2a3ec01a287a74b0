import { Col, Form, Input } from 'antd';
import { TOWNS } from '@kgh/shared';
import { FormSelect } from './FormSelect';

const TOWN_OPTIONS = TOWNS.map(({ code, name }) => ({ value: code, label: name }));

/** The town select and the address of a place (a station, an enterprise), as two columns of a form row. */
export function TownAndAddressFields() {
  return (
    <>
      <Col xs={12} md={6}>
        <Form.Item label="所在镇街" name="townCode" rules={[{ required: true, message: '请选择所在镇（街道）' }]}>
          <FormSelect showSearch optionFilterProp="label" options={TOWN_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="地址"
          name="address"
          rules={[
            { required: true, whitespace: true, message: '请填写地址' },
            { max: 200, message: '最多200个字' },
          ]}
        >
          <Input />
        </Form.Item>
      </Col>
    </>
  );
}
