import { Route, Routes } from 'react-router-dom';
import { SectionTabs } from '../../components/SectionTabs';
import { CsvImport } from '../../components/CsvImport';
import { EnterpriseEditor } from './EnterpriseEditor';
import { EnterpriseLedger } from './EnterpriseLedger';
import { EnterprisePage } from './EnterprisePage';
import { TargetsPage } from './TargetsPage';

const TABS = [
  { key: '/census', label: '企业台账' },
  { key: '/census/targets', label: '年度目标' },
  { key: '/census/import', label: 'CSV导入' },
];

export const ENTERPRISE_CSV_HEADER = 'name,credit_code,industry,town,address,workers,new_form_workers,brands,contact_name,contact_phone,union_status';

export default function CensusPage() {
  return (
    <>
      <SectionTabs tabs={TABS} />
      <Routes>
        <Route index element={<EnterpriseLedger />} />
        <Route path="targets" element={<TargetsPage />} />
        <Route path="import" element={<CsvImport path="/admin/enterprises/import" noun="家企业" header={ENTERPRISE_CSV_HEADER} />} />
        <Route path="new" element={<EnterpriseEditor />} />
        <Route path=":id/edit" element={<EnterpriseEditor />} />
        <Route path=":id" element={<EnterprisePage />} />
      </Routes>
    </>
  );
}
