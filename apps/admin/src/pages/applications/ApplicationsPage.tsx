import { Route, Routes } from 'react-router-dom';
import { ApplicationDetail } from './ApplicationDetail';
import { ReviewQueue } from './ReviewQueue';

export default function ApplicationsPage() {
  return (
    <Routes>
      <Route index element={<ReviewQueue />} />
      <Route path=":id" element={<ApplicationDetail />} />
    </Routes>
  );
}
