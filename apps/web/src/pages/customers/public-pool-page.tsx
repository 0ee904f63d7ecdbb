import { PublicPool } from '../../modules/ownership/public-pool';

export default function PublicPoolPage() {
  return <PublicPool />;
}
