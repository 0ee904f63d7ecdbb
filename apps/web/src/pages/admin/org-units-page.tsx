import { OrgUnitsPanel } from '../../modules/org-units/org-units-panel';

export default function OrgUnitsPage() {
  return <OrgUnitsPanel />;
}
