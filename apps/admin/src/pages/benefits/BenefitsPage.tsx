import { Route, Routes } from 'react-router-dom';
import { SectionTabs } from '../../components/SectionTabs';
import { ClaimsTable } from './ClaimsTable';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeTable } from './ProgrammeTable';

const TABS = [
  { key: '/benefits', label: '福利项目' },
  { key: '/benefits/claims', label: '申领与核销' },
];

export default function BenefitsPage() {
  return (
    <>
      <SectionTabs tabs={TABS} />
      <Routes>
        <Route index element={<ProgrammeTable />} />
        <Route path="claims" element={<ClaimsTable />} />
        <Route path="new" element={<ProgrammeEditor />} />
        <Route path=":id" element={<ProgrammeEditor />} />
      </Routes>
    </>
  );
}
