import {
  CarOutlined,
  FileTextOutlined,
  FlagOutlined,
  GlobalOutlined,
  MailOutlined,
  PaperClipOutlined,
  PhoneOutlined,
  PrinterOutlined,
  ShareAltOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { InteractionKind } from '../../gql/graphql';

/** The kinds a user may log, in the order of the form's choices (lower case, as the timeline names them). */
export const INTERACTION_KINDS = ['call', 'email', 'meeting', 'visit', 'note', 'web', 'fax', 'partner'] as const;
export type LoggableKind = (typeof INTERACTION_KINDS)[number];

/** Every kind the timeline filter offers (other contexts will add theirs). */
export const TIMELINE_KINDS = [...INTERACTION_KINDS, 'document', 'milestone'] as const;

const ICONS: Record<string, { icon: ReactNode; color: string }> = {
  call: { icon: <PhoneOutlined />, color: 'green' },
  email: { icon: <MailOutlined />, color: 'blue' },
  meeting: { icon: <TeamOutlined />, color: 'purple' },
  visit: { icon: <CarOutlined />, color: 'orange' },
  note: { icon: <FileTextOutlined />, color: 'gray' },
  web: { icon: <GlobalOutlined />, color: 'cyan' },
  fax: { icon: <PrinterOutlined />, color: 'gray' },
  partner: { icon: <ShareAltOutlined />, color: 'magenta' },
  document: { icon: <PaperClipOutlined />, color: 'geekblue' },
  milestone: { icon: <FlagOutlined />, color: 'gold' },
};

export function kindIcon(kind: string): { icon: ReactNode; color: string } {
  return ICONS[kind] ?? { icon: <FlagOutlined />, color: 'gray' };
}

export const toInteractionKind = (kind: LoggableKind) => kind.toUpperCase() as InteractionKind;
