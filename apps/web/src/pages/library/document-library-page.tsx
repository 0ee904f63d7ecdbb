import { DocumentLibrary } from '../../modules/library/document-library';

export default function DocumentLibraryPage() {
  return <DocumentLibrary />;
}
