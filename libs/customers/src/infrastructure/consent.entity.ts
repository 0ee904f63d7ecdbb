import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type ConsentChannel = 'phone' | 'email' | 'sms' | 'wechat' | 'mail' | 'visit';
export type ConsentStatus = 'granted' | 'denied' | 'unknown';

/** Per-contact, per-channel consent (CUS-06): every outbound action checks it. */
@Entity({ schema: 'customers', name: 'consent' })
export class ConsentEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  contactId: string;

  @PrimaryColumn('text')
  channel: ConsentChannel;

  @Column({ type: 'text', default: 'unknown' })
  status: ConsentStatus;

  /** Where the answer came from: form, call, import... */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
