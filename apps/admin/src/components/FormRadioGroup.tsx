import { Radio, type RadioGroupProps } from 'antd';

/** A Radio.Group inside a required Form.Item: like FormSelect, it drops the `aria-required` a div may not carry (axe: aria-allowed-attr). */
export function FormRadioGroup({ 'aria-required': _required, ...props }: RadioGroupProps & { 'aria-required'?: boolean | 'true' | 'false' }) {
  return <Radio.Group {...props} />;
}
