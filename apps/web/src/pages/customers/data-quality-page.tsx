import { DataQualityReport } from '../../modules/data-quality/data-quality-report';

export default function DataQualityPage() {
  return <DataQualityReport />;
}
