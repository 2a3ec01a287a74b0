import { Select, type SelectProps } from 'antd';

/**
 * A Select inside a Form.Item: the item hands its control `aria-required`, which Select puts on a
 * plain div where it means nothing (axe: aria-allowed-attr); the search input inside says it instead.
 */
export function FormSelect({ 'aria-required': _required, ...props }: SelectProps) {
  return <Select {...props} />;
}
