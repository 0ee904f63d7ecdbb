import { CustomersSchema1795402064061 } from './1795402064061-CustomersSchema';
import { CustomersCore1795402071441 } from './1795402071441-CustomersCore';
import { ChangeRequests1795404987105 } from './1795404987105-ChangeRequests';
import { MergeRecords1795405738081 } from './1795405738081-MergeRecords';
import { ImportJobs1795406585079 } from './1795406585079-ImportJobs';
import { PinyinIndexes1795406984381 } from './1795406984381-PinyinIndexes';
import { TrigramLeakproof1795408968589 } from './1795408968589-TrigramLeakproof';
import { OwnershipAndViews1795411164156 } from './1795411164156-OwnershipAndViews';
import { ImportMappingAndSweep1795411166599 } from './1795411166599-ImportMappingAndSweep';
import { TimelineAndDocuments1795411185081 } from './1795411185081-TimelineAndDocuments';
import { DataQuality1795411239198 } from './1795411239198-DataQuality';
import { AccountListIndexes1795413077403 } from './1795413077403-AccountListIndexes';
import { ContactArchive1795421320319 } from './1795421320319-ContactArchive';
import { LibraryDocuments1795421358352 } from './1795421358352-LibraryDocuments';
import { ContactMerge1795421386199 } from './1795421386199-ContactMerge';
import { DuplicateClusters1795421405312 } from './1795421405312-DuplicateClusters';
import { ImportTarget1795436336516 } from './1795436336516-ImportTarget';
import { ContactViews1795436346098 } from './1795436346098-ContactViews';
import { ContactNameKeys1795436346741 } from './1795436346741-ContactNameKeys';
import { PartySearch1795436649069 } from './1795436649069-PartySearch';
import { NameSearch1795450328541 } from './1795450328541-NameSearch';
import { LifecycleDetection1795450368056 } from './1795450368056-LifecycleDetection';
import { ScheduleReads1795462290008 } from './1795462290008-ScheduleReads';
import { NameSearchLean1795462781947 } from './1795462781947-NameSearchLean';
import { NameSearchLeanIndexes1795462781948 } from './1795462781948-NameSearchLeanIndexes';
import { LibrarySearch1795462890000 } from './1795462890000-LibrarySearch';

// Customers migrations in order; new ones are generated with `pnpm migration:generate` and listed here.
export const CUSTOMERS_MIGRATIONS = [
  CustomersSchema1795402064061,
  CustomersCore1795402071441,
  ChangeRequests1795404987105,
  MergeRecords1795405738081,
  ImportJobs1795406585079,
  PinyinIndexes1795406984381,
  TrigramLeakproof1795408968589,
  OwnershipAndViews1795411164156,
  ImportMappingAndSweep1795411166599,
  TimelineAndDocuments1795411185081,
  DataQuality1795411239198,
  AccountListIndexes1795413077403,
  ContactArchive1795421320319,
  LibraryDocuments1795421358352,
  ContactMerge1795421386199,
  DuplicateClusters1795421405312,
  ImportTarget1795436336516,
  ContactViews1795436346098,
  ContactNameKeys1795436346741,
  PartySearch1795436649069,
  NameSearch1795450328541,
  LifecycleDetection1795450368056,
  ScheduleReads1795462290008,
  NameSearchLean1795462781947,
  NameSearchLeanIndexes1795462781948,
  LibrarySearch1795462890000,
];
