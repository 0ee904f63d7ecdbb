import { ApiKeysList } from '../../modules/api-keys/api-keys-list';

export default function ApiKeysPage() {
  return <ApiKeysList />;
}
