import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { postCsv } from '../api/client';
import { ApiError, messageOf } from '../api/errors';

interface Checked {
  fileName: string;
  csv: string;
  valid?: number;
  problems?: { line?: number; field?: string; message: string }[];
  refusal?: string;
}

interface CsvImportProps {
  /** The API path that takes the CSV (and `?dryRun=true` to check it). */
  path: string;
  /** What a row is, for the messages: 驿站, 企业. */
  noun: string;
  header: string;
}

/** Upload, see every bad row before anything is written, then import all rows or none. */
export function CsvImport({ path, noun, header }: CsvImportProps) {
  const { message } = App.useApp();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(file: File) {
    setBusy(true);
    const csv = await file.text();
    try {
      const answer = await postCsv<{ valid: number }>(path, csv, '?dryRun=true');
      setChecked({ fileName: file.name, csv, valid: answer.valid });
    } catch (failure) {
      const problems = failure instanceof ApiError && failure.code === 'CSV_INVALID' ? failure.details : undefined;
      setChecked({ fileName: file.name, csv, problems, refusal: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  }

  async function importAll() {
    if (!checked) return;
    setBusy(true);
    try {
      const answer = await postCsv<{ imported: number }>(path, checked.csv);
      void message.success(`已导入 ${answer.imported} 个${noun}`);
      setChecked(null);
    } catch (failure) {
      setChecked({ ...checked, valid: undefined, refusal: messageOf(failure), problems: failure instanceof ApiError ? failure.details : undefined });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={`从CSV批量导入${noun}`}>
      <Typography.Paragraph type="secondary">
        UTF-8 编码的 CSV，表头为 <Typography.Text code>{header}</Typography.Text>
        。先检查每一行，有问题的行会逐一列出；全部通过后才会导入，一行出错则一行都不导入。
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,text/csv"
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void check(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入 CSV 文件进行检查</p>
      </Upload.Dragger>
      {checked && (
        <div style={{ marginTop: 16 }}>
          {checked.valid !== undefined ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Alert type="success" showIcon message={`「${checked.fileName}」检查通过：${checked.valid} 行都可以导入`} />
              <Button type="primary" loading={busy} onClick={importAll}>
                导入 {checked.valid} 个{noun}
              </Button>
            </Space>
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Alert type="error" showIcon role="alert" message={checked.refusal} description="未写入任何数据。请修改下列行后重新选择文件。" />
              {checked.problems && checked.problems.length > 0 && (
                <Table
                  size="small"
                  rowKey={(row) => `${row.line}-${row.field}-${row.message}`}
                  dataSource={checked.problems}
                  pagination={{ pageSize: 20 }}
                  columns={[
                    { title: '行号', dataIndex: 'line', width: 80 },
                    { title: '列', dataIndex: 'field', width: 120 },
                    { title: '问题', dataIndex: 'message' },
                  ]}
                />
              )}
            </Space>
          )}
        </div>
      )}
    </Card>
  );
}
