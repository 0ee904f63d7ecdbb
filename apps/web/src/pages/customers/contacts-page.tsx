import { ContactsList } from '../../modules/contact-list/contacts-list';

export default function ContactsPage() {
  return <ContactsList />;
}
