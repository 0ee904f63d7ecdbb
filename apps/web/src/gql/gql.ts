/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n      dataScope\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment ContactRowFields on Contact {\n    id\n    accountId\n    displayName\n    jobTitle\n    department\n    tags\n    version\n    archivedAt\n    createdAt\n    updatedAt\n    account {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": typeof types.ContactRowFieldsFragmentDoc,
    "\n  query ContactsList($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {\n    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactRowFields\n        }\n      }\n    }\n  }\n": typeof types.ContactsListDocument,
    "\n  query ContactFilterAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ContactFilterAccountsDocument,
    "\n  query ContactFilterAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ContactFilterAccountDocument,
    "\n  mutation ArchiveContact($input: ArchiveContactInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.ArchiveContactDocument,
    "\n  mutation RestoreContact($input: RestoreContactInput!) {\n    restoreContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.RestoreContactDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      givenName\n      familyName\n      birthday\n      profileNotes\n      archivedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ContactDetailDocument,
    "\n  query ContactInteractions($contactId: ID!, $first: Int, $after: String) {\n    contactInteractions(contactId: $contactId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InteractionFields\n          accountId\n        }\n      }\n    }\n  }\n": typeof types.ContactInteractionsDocument,
    "\n  mutation ArchiveContacts($input: ArchiveContactsInput!) {\n    archiveContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.ArchiveContactsDocument,
    "\n  mutation RestoreContacts($input: RestoreContactsInput!) {\n    restoreContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.RestoreContactsDocument,
    "\n  mutation AssignContacts($input: AssignContactsInput!) {\n    assignContacts(input: $input) {\n      contacts {\n        id\n        version\n        ownerId\n      }\n    }\n  }\n": typeof types.AssignContactsDocument,
    "\n  mutation TagContacts($input: TagContactsInput!) {\n    tagContacts(input: $input) {\n      contacts {\n        id\n        version\n        tags\n      }\n    }\n  }\n": typeof types.TagContactsDocument,
    "\n  query ContactMergeCandidate($id: ID!) {\n    contact(id: $id) {\n      id\n      givenName\n      familyName\n      displayName\n      jobTitle\n      department\n      birthday\n      profileNotes\n      tags\n      account {\n        id\n        name\n      }\n      contactPoints {\n        id\n        kind\n        value\n      }\n      consents {\n        channel\n        status\n      }\n    }\n  }\n": typeof types.ContactMergeCandidateDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      contact {\n        id\n        displayName\n      }\n      merge {\n        id\n      }\n    }\n  }\n": typeof types.MergeContactsDocument,
    "\n  query ContactMergeHistory($contactId: ID!) {\n    contactMergeHistory(contactId: $contactId) {\n      ...MergeRecordFields\n    }\n  }\n": typeof types.ContactMergeHistoryDocument,
    "\n  fragment ContactCardFields on Contact {\n    id\n    accountId\n    givenName\n    familyName\n    displayName\n    jobTitle\n    department\n    version\n    archivedAt\n    contactPoints {\n      id\n      kind\n      value\n      normalized\n      isPrimary\n    }\n    consents {\n      channel\n      status\n      source\n      updatedAt\n    }\n  }\n": typeof types.ContactCardFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    role\n    note\n    direction\n    createdAt\n    other {\n      type\n      id\n      name\n      visible\n      accountName\n    }\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  query AccountPeople($id: ID!, $includeArchived: Boolean! = false) {\n    account(id: $id) {\n      id\n      contacts(includeArchived: $includeArchived) {\n        ...ContactCardFields\n      }\n      relationships {\n        ...RelationshipFields\n      }\n    }\n  }\n": typeof types.AccountPeopleDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteContactDocument,
    "\n  mutation SetContactConsent($input: SetContactConsentInput!) {\n    setContactConsent(input: $input) {\n      contact {\n        id\n        version\n        consents {\n          channel\n          status\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.SetContactConsentDocument,
    "\n  mutation AddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationshipId\n    }\n  }\n": typeof types.AddRelationshipDocument,
    "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      removedId\n    }\n  }\n": typeof types.RemoveRelationshipDocument,
    "\n  query PartyAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartyAccountsDocument,
    "\n  query PartyContacts($search: String) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          displayName\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyContactsDocument,
    "\n  query CustomerAdminSettings {\n    customerSettings {\n      poolClaimLimit\n      lifecycle {\n        inactiveAfterMonths\n        churnedAfterMonths\n      }\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n    }\n  }\n": typeof types.CustomerAdminSettingsDocument,
    "\n  mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      poolClaimLimit\n    }\n  }\n": typeof types.UpdatePoolSettingsDocument,
    "\n  mutation UpdateCustomerTierRules($input: UpdateCustomerTierRulesInput!) {\n    updateCustomerTierRules(input: $input) {\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n      recomputeJobId\n    }\n  }\n": typeof types.UpdateCustomerTierRulesDocument,
    "\n  mutation UpdateCustomerLifecycleSettings($input: UpdateCustomerLifecycleSettingsInput!) {\n    updateCustomerLifecycleSettings(input: $input) {\n      inactiveAfterMonths\n      churnedAfterMonths\n    }\n  }\n": typeof types.UpdateCustomerLifecycleSettingsDocument,
    "\n  mutation RunCustomerLifecycleDetection {\n    runCustomerLifecycleDetection {\n      jobId\n    }\n  }\n": typeof types.RunCustomerLifecycleDetectionDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tier\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        ...CustomerAddressFields\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerAuditTrailDocument,
    "\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n": typeof types.CheckAccountDuplicatesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.AccountNameDocument,
    "\n  fragment CustomerAddressFields on Address {\n    id\n    kind\n    street\n    district\n    city\n    province\n    postcode\n    country\n    isPrimary\n  }\n": typeof types.CustomerAddressFieldsFragmentDoc,
    "\n  fragment AccountAddressesFields on Account {\n    id\n    version\n    unknownFields\n    updatedAt\n    addresses {\n      ...CustomerAddressFields\n    }\n    pendingChangeRequests {\n      ...ChangeRequestFields\n    }\n  }\n": typeof types.AccountAddressesFieldsFragmentDoc,
    "\n  mutation SaveAccountAddress($input: SaveAccountAddressInput!) {\n    saveAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      address {\n        id\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": typeof types.SaveAccountAddressDocument,
    "\n  mutation RemoveAccountAddress($input: RemoveAccountAddressInput!) {\n    removeAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": typeof types.RemoveAccountAddressDocument,
    "\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n": typeof types.PendingChangeRequestsDocument,
    "\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApproveChangeRequestDocument,
    "\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RejectChangeRequestDocument,
    "\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n": typeof types.CustomerSettingsDocument,
    "\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n": typeof types.UpdateCustomerSettingsDocument,
    "\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n": typeof types.MergeCandidateDocument,
    "\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n": typeof types.MergeAccountsDocument,
    "\n  fragment MergeRecordFields on MergeRecord {\n    id\n    mergedAt\n    mergedIds\n    mergedNames\n    provenance {\n      field\n      fromId\n      value\n    }\n    moved {\n      kind\n      count\n    }\n  }\n": typeof types.MergeRecordFieldsFragmentDoc,
    "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      ...MergeRecordFields\n    }\n  }\n": typeof types.AccountMergeHistoryDocument,
    "\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n": typeof types.DataQualitySummaryDocument,
    "\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.DataQualityAccountFieldsFragmentDoc,
    "\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityMissingDocument,
    "\n  fragment DuplicateClusterRunFields on DuplicateClusterRun {\n    computedAt\n    requestedAt\n    durationMs\n  }\n": typeof types.DuplicateClusterRunFieldsFragmentDoc,
    "\n  mutation RecomputeDuplicateClusters {\n    recomputeDuplicateClusters {\n      ...DuplicateClusterRunFields\n    }\n  }\n": typeof types.RecomputeDuplicateClustersDocument,
    "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusterRun {\n        ...DuplicateClusterRunFields\n      }\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            hiddenCount\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityDuplicatesDocument,
    "\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityStaleDocument,
    "\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n": typeof types.CustomerValueDocument,
    "\n  query CustomerDocuments($accountId: ID!, $first: Int, $after: String) {\n    customerDocuments(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          title\n          category\n          contentType\n          size\n          createdAt\n          contentPath\n          uploadedById\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocumentsDocument,
    "\n  mutation DeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      deletedDocumentId\n    }\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    fileName\n    target\n    status\n    duplicatePolicy\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    skippedRows\n    failedRows\n    progress\n    error\n    errorReportPath\n    createdAt\n    finishedAt\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query CustomerImportJobs($first: Int, $after: String, $target: ImportTarget) {\n    customerImportJobs(first: $first, after: $after, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerImportJobsDocument,
    "\n  query LibraryDocuments($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {\n    libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryDocumentFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryDocumentsDocument,
    "\n  fragment LibraryDocumentFields on LibraryDocument {\n    id\n    title\n    folder\n    tags\n    description\n    fileName\n    contentType\n    size\n    checksum\n    createdAt\n    contentPath\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.LibraryDocumentFieldsFragmentDoc,
    "\n  query LibraryFolders {\n    libraryFolders {\n      folder\n      documentCount\n    }\n    libraryTags\n  }\n": typeof types.LibraryFoldersDocument,
    "\n  mutation UpdateLibraryDocument($input: UpdateLibraryDocumentInput!) {\n    updateLibraryDocument(input: $input) {\n      document {\n        ...LibraryDocumentFields\n      }\n    }\n  }\n": typeof types.UpdateLibraryDocumentDocument,
    "\n  mutation DeleteLibraryDocument($input: DeleteLibraryDocumentInput!) {\n    deleteLibraryDocument(input: $input) {\n      deletedLibraryDocumentId\n    }\n  }\n": typeof types.DeleteLibraryDocumentDocument,
    "\n  mutation FileLibraryDocumentUnderCustomer($input: FileLibraryDocumentInput!) {\n    fileLibraryDocumentUnderCustomer(input: $input) {\n      document {\n        id\n        accountId\n      }\n    }\n  }\n": typeof types.FileLibraryDocumentUnderCustomerDocument,
    "\n  query LibraryCustomerPicker($search: String) {\n    accounts(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LibraryCustomerPickerDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  query OwnershipTargets {\n    ownershipTargets {\n      users {\n        id\n        displayName\n        email\n      }\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OwnershipTargetsDocument,
    "\n  mutation AssignAccounts($input: AssignAccountsInput!) {\n    assignAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": typeof types.AssignAccountsDocument,
    "\n  mutation TransferAccounts($input: TransferAccountsInput!) {\n    transferAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": typeof types.TransferAccountsDocument,
    "\n  mutation ShareAccounts($input: ShareAccountsInput!) {\n    shareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n": typeof types.ShareAccountsDocument,
    "\n  mutation UnshareAccounts($input: UnshareAccountsInput!) {\n    unshareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n": typeof types.UnshareAccountsDocument,
    "\n  mutation ReleaseAccounts($input: ReleaseAccountsInput!) {\n    releaseAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": typeof types.ReleaseAccountsDocument,
    "\n  mutation ClaimAccounts($input: ClaimAccountsInput!) {\n    claimAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": typeof types.ClaimAccountsDocument,
    "\n  query PublicPool($first: Int, $after: String, $filter: AccountFilter) {\n    publicPool(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          name\n          lifecycleStage\n          industry\n          tags\n          createdAt\n        }\n      }\n    }\n    poolQuota {\n      limit\n      held\n      remaining\n    }\n  }\n": typeof types.PublicPoolDocument,
    "\n  query OwnershipHistory($id: ID!) {\n    account(id: $id) {\n      id\n      ownershipHistory {\n        action\n        occurredAt\n        fromOwner {\n          id\n          displayName\n        }\n        toOwner {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OwnershipHistoryDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n": typeof types.PermissionCatalogDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment CustomerViewFields on CustomerView {\n    id\n    list\n    name\n    shared\n    mine\n    columns\n    filter {\n      search\n      kind\n      lifecycleStage\n      ownerId\n      tag\n      parentAccountId\n    }\n    orderBy {\n      field\n      direction\n    }\n    contactFilter {\n      search\n      accountId\n      tag\n      hasEmail\n      hasPhone\n      archived\n    }\n    contactOrderBy {\n      field\n      direction\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.CustomerViewFieldsFragmentDoc,
    "\n  query CustomerViews($list: SavedViewList!) {\n    customerViews(list: $list) {\n      ...CustomerViewFields\n    }\n  }\n": typeof types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      view {\n        ...CustomerViewFields\n      }\n    }\n  }\n": typeof types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($input: DeleteCustomerViewInput!) {\n    deleteCustomerView(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCustomerViewDocument,
    "\n  query SavedViewColumns($list: SavedViewList!) {\n    savedViewColumns(list: $list) {\n      key\n      labelKey\n      shownByDefault\n    }\n  }\n": typeof types.SavedViewColumnsDocument,
    "\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    direction\n    subject\n    summary\n    occurredAt\n    contactId\n    contact {\n      id\n      displayName\n    }\n    managerReply\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.InteractionFieldsFragmentDoc,
    "\n  query CustomerTimeline($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {\n    customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          occurredAt\n          title\n          titleKey\n          summary\n          source\n          actor {\n            id\n            displayName\n          }\n          link {\n            recordType\n            recordId\n            path\n          }\n          interaction {\n            ...InteractionFields\n          }\n          document {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.LogInteractionDocument,
    "\n  mutation ReviewInteraction($input: ReviewInteractionInput!) {\n    reviewInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.ReviewInteractionDocument,
    "\n  query InteractionsToReview($first: Int, $after: String) {\n    interactionsToReview(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InteractionsToReviewDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.UpdateInteractionDocument,
    "\n  query InteractionContactOptions($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      contacts {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": typeof types.InteractionContactOptionsDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    locale\n    isActive\n    createdAt\n    lastSignInAt\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n      dataScope\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment ContactRowFields on Contact {\n    id\n    accountId\n    displayName\n    jobTitle\n    department\n    tags\n    version\n    archivedAt\n    createdAt\n    updatedAt\n    account {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": types.ContactRowFieldsFragmentDoc,
    "\n  query ContactsList($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {\n    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactRowFields\n        }\n      }\n    }\n  }\n": types.ContactsListDocument,
    "\n  query ContactFilterAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ContactFilterAccountsDocument,
    "\n  query ContactFilterAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": types.ContactFilterAccountDocument,
    "\n  mutation ArchiveContact($input: ArchiveContactInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.ArchiveContactDocument,
    "\n  mutation RestoreContact($input: RestoreContactInput!) {\n    restoreContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.RestoreContactDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      givenName\n      familyName\n      birthday\n      profileNotes\n      archivedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.ContactDetailDocument,
    "\n  query ContactInteractions($contactId: ID!, $first: Int, $after: String) {\n    contactInteractions(contactId: $contactId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InteractionFields\n          accountId\n        }\n      }\n    }\n  }\n": types.ContactInteractionsDocument,
    "\n  mutation ArchiveContacts($input: ArchiveContactsInput!) {\n    archiveContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.ArchiveContactsDocument,
    "\n  mutation RestoreContacts($input: RestoreContactsInput!) {\n    restoreContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.RestoreContactsDocument,
    "\n  mutation AssignContacts($input: AssignContactsInput!) {\n    assignContacts(input: $input) {\n      contacts {\n        id\n        version\n        ownerId\n      }\n    }\n  }\n": types.AssignContactsDocument,
    "\n  mutation TagContacts($input: TagContactsInput!) {\n    tagContacts(input: $input) {\n      contacts {\n        id\n        version\n        tags\n      }\n    }\n  }\n": types.TagContactsDocument,
    "\n  query ContactMergeCandidate($id: ID!) {\n    contact(id: $id) {\n      id\n      givenName\n      familyName\n      displayName\n      jobTitle\n      department\n      birthday\n      profileNotes\n      tags\n      account {\n        id\n        name\n      }\n      contactPoints {\n        id\n        kind\n        value\n      }\n      consents {\n        channel\n        status\n      }\n    }\n  }\n": types.ContactMergeCandidateDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      contact {\n        id\n        displayName\n      }\n      merge {\n        id\n      }\n    }\n  }\n": types.MergeContactsDocument,
    "\n  query ContactMergeHistory($contactId: ID!) {\n    contactMergeHistory(contactId: $contactId) {\n      ...MergeRecordFields\n    }\n  }\n": types.ContactMergeHistoryDocument,
    "\n  fragment ContactCardFields on Contact {\n    id\n    accountId\n    givenName\n    familyName\n    displayName\n    jobTitle\n    department\n    version\n    archivedAt\n    contactPoints {\n      id\n      kind\n      value\n      normalized\n      isPrimary\n    }\n    consents {\n      channel\n      status\n      source\n      updatedAt\n    }\n  }\n": types.ContactCardFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    role\n    note\n    direction\n    createdAt\n    other {\n      type\n      id\n      name\n      visible\n      accountName\n    }\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  query AccountPeople($id: ID!, $includeArchived: Boolean! = false) {\n    account(id: $id) {\n      id\n      contacts(includeArchived: $includeArchived) {\n        ...ContactCardFields\n      }\n      relationships {\n        ...RelationshipFields\n      }\n    }\n  }\n": types.AccountPeopleDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteContactDocument,
    "\n  mutation SetContactConsent($input: SetContactConsentInput!) {\n    setContactConsent(input: $input) {\n      contact {\n        id\n        version\n        consents {\n          channel\n          status\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n": types.SetContactConsentDocument,
    "\n  mutation AddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationshipId\n    }\n  }\n": types.AddRelationshipDocument,
    "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      removedId\n    }\n  }\n": types.RemoveRelationshipDocument,
    "\n  query PartyAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartyAccountsDocument,
    "\n  query PartyContacts($search: String) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          displayName\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartyContactsDocument,
    "\n  query CustomerAdminSettings {\n    customerSettings {\n      poolClaimLimit\n      lifecycle {\n        inactiveAfterMonths\n        churnedAfterMonths\n      }\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n    }\n  }\n": types.CustomerAdminSettingsDocument,
    "\n  mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      poolClaimLimit\n    }\n  }\n": types.UpdatePoolSettingsDocument,
    "\n  mutation UpdateCustomerTierRules($input: UpdateCustomerTierRulesInput!) {\n    updateCustomerTierRules(input: $input) {\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n      recomputeJobId\n    }\n  }\n": types.UpdateCustomerTierRulesDocument,
    "\n  mutation UpdateCustomerLifecycleSettings($input: UpdateCustomerLifecycleSettingsInput!) {\n    updateCustomerLifecycleSettings(input: $input) {\n      inactiveAfterMonths\n      churnedAfterMonths\n    }\n  }\n": types.UpdateCustomerLifecycleSettingsDocument,
    "\n  mutation RunCustomerLifecycleDetection {\n    runCustomerLifecycleDetection {\n      jobId\n    }\n  }\n": types.RunCustomerLifecycleDetectionDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tier\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        ...CustomerAddressFields\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.CustomerAuditTrailDocument,
    "\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n": types.CheckAccountDuplicatesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n": types.CreateAccountDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": types.AccountNameDocument,
    "\n  fragment CustomerAddressFields on Address {\n    id\n    kind\n    street\n    district\n    city\n    province\n    postcode\n    country\n    isPrimary\n  }\n": types.CustomerAddressFieldsFragmentDoc,
    "\n  fragment AccountAddressesFields on Account {\n    id\n    version\n    unknownFields\n    updatedAt\n    addresses {\n      ...CustomerAddressFields\n    }\n    pendingChangeRequests {\n      ...ChangeRequestFields\n    }\n  }\n": types.AccountAddressesFieldsFragmentDoc,
    "\n  mutation SaveAccountAddress($input: SaveAccountAddressInput!) {\n    saveAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      address {\n        id\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": types.SaveAccountAddressDocument,
    "\n  mutation RemoveAccountAddress($input: RemoveAccountAddressInput!) {\n    removeAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": types.RemoveAccountAddressDocument,
    "\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n": types.PendingChangeRequestsDocument,
    "\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": types.ApproveChangeRequestDocument,
    "\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": types.RejectChangeRequestDocument,
    "\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n": types.CustomerSettingsDocument,
    "\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n": types.UpdateCustomerSettingsDocument,
    "\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n": types.MergeCandidateDocument,
    "\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n": types.MergeAccountsDocument,
    "\n  fragment MergeRecordFields on MergeRecord {\n    id\n    mergedAt\n    mergedIds\n    mergedNames\n    provenance {\n      field\n      fromId\n      value\n    }\n    moved {\n      kind\n      count\n    }\n  }\n": types.MergeRecordFieldsFragmentDoc,
    "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      ...MergeRecordFields\n    }\n  }\n": types.AccountMergeHistoryDocument,
    "\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n": types.DataQualitySummaryDocument,
    "\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n": types.DataQualityAccountFieldsFragmentDoc,
    "\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityMissingDocument,
    "\n  fragment DuplicateClusterRunFields on DuplicateClusterRun {\n    computedAt\n    requestedAt\n    durationMs\n  }\n": types.DuplicateClusterRunFieldsFragmentDoc,
    "\n  mutation RecomputeDuplicateClusters {\n    recomputeDuplicateClusters {\n      ...DuplicateClusterRunFields\n    }\n  }\n": types.RecomputeDuplicateClustersDocument,
    "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusterRun {\n        ...DuplicateClusterRunFields\n      }\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            hiddenCount\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityDuplicatesDocument,
    "\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityStaleDocument,
    "\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n": types.CustomerValueDocument,
    "\n  query CustomerDocuments($accountId: ID!, $first: Int, $after: String) {\n    customerDocuments(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          title\n          category\n          contentType\n          size\n          createdAt\n          contentPath\n          uploadedById\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CustomerDocumentsDocument,
    "\n  mutation DeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      deletedDocumentId\n    }\n  }\n": types.DeleteDocumentDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    fileName\n    target\n    status\n    duplicatePolicy\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    skippedRows\n    failedRows\n    progress\n    error\n    errorReportPath\n    createdAt\n    finishedAt\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  query CustomerImportJobs($first: Int, $after: String, $target: ImportTarget) {\n    customerImportJobs(first: $first, after: $after, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n": types.CustomerImportJobsDocument,
    "\n  query LibraryDocuments($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {\n    libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryDocumentFields\n        }\n      }\n    }\n  }\n": types.LibraryDocumentsDocument,
    "\n  fragment LibraryDocumentFields on LibraryDocument {\n    id\n    title\n    folder\n    tags\n    description\n    fileName\n    contentType\n    size\n    checksum\n    createdAt\n    contentPath\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": types.LibraryDocumentFieldsFragmentDoc,
    "\n  query LibraryFolders {\n    libraryFolders {\n      folder\n      documentCount\n    }\n    libraryTags\n  }\n": types.LibraryFoldersDocument,
    "\n  mutation UpdateLibraryDocument($input: UpdateLibraryDocumentInput!) {\n    updateLibraryDocument(input: $input) {\n      document {\n        ...LibraryDocumentFields\n      }\n    }\n  }\n": types.UpdateLibraryDocumentDocument,
    "\n  mutation DeleteLibraryDocument($input: DeleteLibraryDocumentInput!) {\n    deleteLibraryDocument(input: $input) {\n      deletedLibraryDocumentId\n    }\n  }\n": types.DeleteLibraryDocumentDocument,
    "\n  mutation FileLibraryDocumentUnderCustomer($input: FileLibraryDocumentInput!) {\n    fileLibraryDocumentUnderCustomer(input: $input) {\n      document {\n        id\n        accountId\n      }\n    }\n  }\n": types.FileLibraryDocumentUnderCustomerDocument,
    "\n  query LibraryCustomerPicker($search: String) {\n    accounts(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LibraryCustomerPickerDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteOrgUnitDocument,
    "\n  query OwnershipTargets {\n    ownershipTargets {\n      users {\n        id\n        displayName\n        email\n      }\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.OwnershipTargetsDocument,
    "\n  mutation AssignAccounts($input: AssignAccountsInput!) {\n    assignAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": types.AssignAccountsDocument,
    "\n  mutation TransferAccounts($input: TransferAccountsInput!) {\n    transferAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": types.TransferAccountsDocument,
    "\n  mutation ShareAccounts($input: ShareAccountsInput!) {\n    shareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n": types.ShareAccountsDocument,
    "\n  mutation UnshareAccounts($input: UnshareAccountsInput!) {\n    unshareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n": types.UnshareAccountsDocument,
    "\n  mutation ReleaseAccounts($input: ReleaseAccountsInput!) {\n    releaseAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": types.ReleaseAccountsDocument,
    "\n  mutation ClaimAccounts($input: ClaimAccountsInput!) {\n    claimAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n": types.ClaimAccountsDocument,
    "\n  query PublicPool($first: Int, $after: String, $filter: AccountFilter) {\n    publicPool(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          name\n          lifecycleStage\n          industry\n          tags\n          createdAt\n        }\n      }\n    }\n    poolQuota {\n      limit\n      held\n      remaining\n    }\n  }\n": types.PublicPoolDocument,
    "\n  query OwnershipHistory($id: ID!) {\n    account(id: $id) {\n      id\n      ownershipHistory {\n        action\n        occurredAt\n        fromOwner {\n          id\n          displayName\n        }\n        toOwner {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OwnershipHistoryDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": types.RolesDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n": types.PermissionCatalogDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  fragment CustomerViewFields on CustomerView {\n    id\n    list\n    name\n    shared\n    mine\n    columns\n    filter {\n      search\n      kind\n      lifecycleStage\n      ownerId\n      tag\n      parentAccountId\n    }\n    orderBy {\n      field\n      direction\n    }\n    contactFilter {\n      search\n      accountId\n      tag\n      hasEmail\n      hasPhone\n      archived\n    }\n    contactOrderBy {\n      field\n      direction\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": types.CustomerViewFieldsFragmentDoc,
    "\n  query CustomerViews($list: SavedViewList!) {\n    customerViews(list: $list) {\n      ...CustomerViewFields\n    }\n  }\n": types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      view {\n        ...CustomerViewFields\n      }\n    }\n  }\n": types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($input: DeleteCustomerViewInput!) {\n    deleteCustomerView(input: $input) {\n      id\n    }\n  }\n": types.DeleteCustomerViewDocument,
    "\n  query SavedViewColumns($list: SavedViewList!) {\n    savedViewColumns(list: $list) {\n      key\n      labelKey\n      shownByDefault\n    }\n  }\n": types.SavedViewColumnsDocument,
    "\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    direction\n    subject\n    summary\n    occurredAt\n    contactId\n    contact {\n      id\n      displayName\n    }\n    managerReply\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.InteractionFieldsFragmentDoc,
    "\n  query CustomerTimeline($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {\n    customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          occurredAt\n          title\n          titleKey\n          summary\n          source\n          actor {\n            id\n            displayName\n          }\n          link {\n            recordType\n            recordId\n            path\n          }\n          interaction {\n            ...InteractionFields\n          }\n          document {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": types.LogInteractionDocument,
    "\n  mutation ReviewInteraction($input: ReviewInteractionInput!) {\n    reviewInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": types.ReviewInteractionDocument,
    "\n  query InteractionsToReview($first: Int, $after: String) {\n    interactionsToReview(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InteractionsToReviewDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n": types.UpdateInteractionDocument,
    "\n  query InteractionContactOptions($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      contacts {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": types.InteractionContactOptionsDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    locale\n    isActive\n    createdAt\n    lastSignInAt\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n      dataScope\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n      dataScope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRowFields on Contact {\n    id\n    accountId\n    displayName\n    jobTitle\n    department\n    tags\n    version\n    archivedAt\n    createdAt\n    updatedAt\n    account {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  fragment ContactRowFields on Contact {\n    id\n    accountId\n    displayName\n    jobTitle\n    department\n    tags\n    version\n    archivedAt\n    createdAt\n    updatedAt\n    account {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsList($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {\n    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactsList($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {\n    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFilterAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactFilterAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFilterAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ContactFilterAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContact($input: ArchiveContactInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContact($input: ArchiveContactInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContact($input: RestoreContactInput!) {\n    restoreContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContact($input: RestoreContactInput!) {\n    restoreContact(input: $input) {\n      contact {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      givenName\n      familyName\n      birthday\n      profileNotes\n      archivedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      givenName\n      familyName\n      birthday\n      profileNotes\n      archivedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactInteractions($contactId: ID!, $first: Int, $after: String) {\n    contactInteractions(contactId: $contactId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InteractionFields\n          accountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactInteractions($contactId: ID!, $first: Int, $after: String) {\n    contactInteractions(contactId: $contactId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InteractionFields\n          accountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContacts($input: ArchiveContactsInput!) {\n    archiveContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContacts($input: ArchiveContactsInput!) {\n    archiveContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContacts($input: RestoreContactsInput!) {\n    restoreContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContacts($input: RestoreContactsInput!) {\n    restoreContacts(input: $input) {\n      contacts {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignContacts($input: AssignContactsInput!) {\n    assignContacts(input: $input) {\n      contacts {\n        id\n        version\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignContacts($input: AssignContactsInput!) {\n    assignContacts(input: $input) {\n      contacts {\n        id\n        version\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagContacts($input: TagContactsInput!) {\n    tagContacts(input: $input) {\n      contacts {\n        id\n        version\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TagContacts($input: TagContactsInput!) {\n    tagContacts(input: $input) {\n      contacts {\n        id\n        version\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMergeCandidate($id: ID!) {\n    contact(id: $id) {\n      id\n      givenName\n      familyName\n      displayName\n      jobTitle\n      department\n      birthday\n      profileNotes\n      tags\n      account {\n        id\n        name\n      }\n      contactPoints {\n        id\n        kind\n        value\n      }\n      consents {\n        channel\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactMergeCandidate($id: ID!) {\n    contact(id: $id) {\n      id\n      givenName\n      familyName\n      displayName\n      jobTitle\n      department\n      birthday\n      profileNotes\n      tags\n      account {\n        id\n        name\n      }\n      contactPoints {\n        id\n        kind\n        value\n      }\n      consents {\n        channel\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      contact {\n        id\n        displayName\n      }\n      merge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      contact {\n        id\n        displayName\n      }\n      merge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMergeHistory($contactId: ID!) {\n    contactMergeHistory(contactId: $contactId) {\n      ...MergeRecordFields\n    }\n  }\n"): (typeof documents)["\n  query ContactMergeHistory($contactId: ID!) {\n    contactMergeHistory(contactId: $contactId) {\n      ...MergeRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactCardFields on Contact {\n    id\n    accountId\n    givenName\n    familyName\n    displayName\n    jobTitle\n    department\n    version\n    archivedAt\n    contactPoints {\n      id\n      kind\n      value\n      normalized\n      isPrimary\n    }\n    consents {\n      channel\n      status\n      source\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ContactCardFields on Contact {\n    id\n    accountId\n    givenName\n    familyName\n    displayName\n    jobTitle\n    department\n    version\n    archivedAt\n    contactPoints {\n      id\n      kind\n      value\n      normalized\n      isPrimary\n    }\n    consents {\n      channel\n      status\n      source\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    id\n    role\n    note\n    direction\n    createdAt\n    other {\n      type\n      id\n      name\n      visible\n      accountName\n    }\n  }\n"): (typeof documents)["\n  fragment RelationshipFields on Relationship {\n    id\n    role\n    note\n    direction\n    createdAt\n    other {\n      type\n      id\n      name\n      visible\n      accountName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPeople($id: ID!, $includeArchived: Boolean! = false) {\n    account(id: $id) {\n      id\n      contacts(includeArchived: $includeArchived) {\n        ...ContactCardFields\n      }\n      relationships {\n        ...RelationshipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPeople($id: ID!, $includeArchived: Boolean! = false) {\n    account(id: $id) {\n      id\n      contacts(includeArchived: $includeArchived) {\n        ...ContactCardFields\n      }\n      relationships {\n        ...RelationshipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactConsent($input: SetContactConsentInput!) {\n    setContactConsent(input: $input) {\n      contact {\n        id\n        version\n        consents {\n          channel\n          status\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactConsent($input: SetContactConsentInput!) {\n    setContactConsent(input: $input) {\n      contact {\n        id\n        version\n        consents {\n          channel\n          status\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationshipId\n    }\n  }\n"): (typeof documents)["\n  mutation AddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationshipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      removedId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      removedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyAccounts($search: String) {\n    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyContacts($search: String) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          displayName\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyContacts($search: String) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          displayName\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAdminSettings {\n    customerSettings {\n      poolClaimLimit\n      lifecycle {\n        inactiveAfterMonths\n        churnedAfterMonths\n      }\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAdminSettings {\n    customerSettings {\n      poolClaimLimit\n      lifecycle {\n        inactiveAfterMonths\n        churnedAfterMonths\n      }\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      poolClaimLimit\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      poolClaimLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerTierRules($input: UpdateCustomerTierRulesInput!) {\n    updateCustomerTierRules(input: $input) {\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n      recomputeJobId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerTierRules($input: UpdateCustomerTierRulesInput!) {\n    updateCustomerTierRules(input: $input) {\n      tierRules {\n        currency\n        thresholds {\n          tier\n          minValue\n        }\n      }\n      recomputeJobId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerLifecycleSettings($input: UpdateCustomerLifecycleSettingsInput!) {\n    updateCustomerLifecycleSettings(input: $input) {\n      inactiveAfterMonths\n      churnedAfterMonths\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerLifecycleSettings($input: UpdateCustomerLifecycleSettingsInput!) {\n    updateCustomerLifecycleSettings(input: $input) {\n      inactiveAfterMonths\n      churnedAfterMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunCustomerLifecycleDetection {\n    runCustomerLifecycleDetection {\n      jobId\n    }\n  }\n"): (typeof documents)["\n  mutation RunCustomerLifecycleDetection {\n    runCustomerLifecycleDetection {\n      jobId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tier\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tier\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        ...CustomerAddressFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        ...CustomerAddressFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerAddressFields on Address {\n    id\n    kind\n    street\n    district\n    city\n    province\n    postcode\n    country\n    isPrimary\n  }\n"): (typeof documents)["\n  fragment CustomerAddressFields on Address {\n    id\n    kind\n    street\n    district\n    city\n    province\n    postcode\n    country\n    isPrimary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountAddressesFields on Account {\n    id\n    version\n    unknownFields\n    updatedAt\n    addresses {\n      ...CustomerAddressFields\n    }\n    pendingChangeRequests {\n      ...ChangeRequestFields\n    }\n  }\n"): (typeof documents)["\n  fragment AccountAddressesFields on Account {\n    id\n    version\n    unknownFields\n    updatedAt\n    addresses {\n      ...CustomerAddressFields\n    }\n    pendingChangeRequests {\n      ...ChangeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAccountAddress($input: SaveAccountAddressInput!) {\n    saveAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      address {\n        id\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAccountAddress($input: SaveAccountAddressInput!) {\n    saveAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      address {\n        id\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAccountAddress($input: RemoveAccountAddressInput!) {\n    removeAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAccountAddress($input: RemoveAccountAddressInput!) {\n    removeAccountAddress(input: $input) {\n      account {\n        ...AccountAddressesFields\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n"): (typeof documents)["\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MergeRecordFields on MergeRecord {\n    id\n    mergedAt\n    mergedIds\n    mergedNames\n    provenance {\n      field\n      fromId\n      value\n    }\n    moved {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment MergeRecordFields on MergeRecord {\n    id\n    mergedAt\n    mergedIds\n    mergedNames\n    provenance {\n      field\n      fromId\n      value\n    }\n    moved {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      ...MergeRecordFields\n    }\n  }\n"): (typeof documents)["\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      ...MergeRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n"): (typeof documents)["\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateClusterRunFields on DuplicateClusterRun {\n    computedAt\n    requestedAt\n    durationMs\n  }\n"): (typeof documents)["\n  fragment DuplicateClusterRunFields on DuplicateClusterRun {\n    computedAt\n    requestedAt\n    durationMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeDuplicateClusters {\n    recomputeDuplicateClusters {\n      ...DuplicateClusterRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeDuplicateClusters {\n    recomputeDuplicateClusters {\n      ...DuplicateClusterRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusterRun {\n        ...DuplicateClusterRunFields\n      }\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            hiddenCount\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusterRun {\n        ...DuplicateClusterRunFields\n      }\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            hiddenCount\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDocuments($accountId: ID!, $first: Int, $after: String) {\n    customerDocuments(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          title\n          category\n          contentType\n          size\n          createdAt\n          contentPath\n          uploadedById\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDocuments($accountId: ID!, $first: Int, $after: String) {\n    customerDocuments(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          title\n          category\n          contentType\n          size\n          createdAt\n          contentPath\n          uploadedById\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      deletedDocumentId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      deletedDocumentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    fileName\n    target\n    status\n    duplicatePolicy\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    skippedRows\n    failedRows\n    progress\n    error\n    errorReportPath\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    fileName\n    target\n    status\n    duplicatePolicy\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    skippedRows\n    failedRows\n    progress\n    error\n    errorReportPath\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportJobs($first: Int, $after: String, $target: ImportTarget) {\n    customerImportJobs(first: $first, after: $after, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportJobs($first: Int, $after: String, $target: ImportTarget) {\n    customerImportJobs(first: $first, after: $after, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryDocuments($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {\n    libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryDocumentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryDocuments($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {\n    libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryDocumentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryDocumentFields on LibraryDocument {\n    id\n    title\n    folder\n    tags\n    description\n    fileName\n    contentType\n    size\n    checksum\n    createdAt\n    contentPath\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment LibraryDocumentFields on LibraryDocument {\n    id\n    title\n    folder\n    tags\n    description\n    fileName\n    contentType\n    size\n    checksum\n    createdAt\n    contentPath\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryFolders {\n    libraryFolders {\n      folder\n      documentCount\n    }\n    libraryTags\n  }\n"): (typeof documents)["\n  query LibraryFolders {\n    libraryFolders {\n      folder\n      documentCount\n    }\n    libraryTags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLibraryDocument($input: UpdateLibraryDocumentInput!) {\n    updateLibraryDocument(input: $input) {\n      document {\n        ...LibraryDocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLibraryDocument($input: UpdateLibraryDocumentInput!) {\n    updateLibraryDocument(input: $input) {\n      document {\n        ...LibraryDocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLibraryDocument($input: DeleteLibraryDocumentInput!) {\n    deleteLibraryDocument(input: $input) {\n      deletedLibraryDocumentId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLibraryDocument($input: DeleteLibraryDocumentInput!) {\n    deleteLibraryDocument(input: $input) {\n      deletedLibraryDocumentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileLibraryDocumentUnderCustomer($input: FileLibraryDocumentInput!) {\n    fileLibraryDocumentUnderCustomer(input: $input) {\n      document {\n        id\n        accountId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FileLibraryDocumentUnderCustomer($input: FileLibraryDocumentInput!) {\n    fileLibraryDocumentUnderCustomer(input: $input) {\n      document {\n        id\n        accountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryCustomerPicker($search: String) {\n    accounts(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryCustomerPicker($search: String) {\n    accounts(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipTargets {\n    ownershipTargets {\n      users {\n        id\n        displayName\n        email\n      }\n      units {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnershipTargets {\n    ownershipTargets {\n      users {\n        id\n        displayName\n        email\n      }\n      units {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAccounts($input: AssignAccountsInput!) {\n    assignAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAccounts($input: AssignAccountsInput!) {\n    assignAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferAccounts($input: TransferAccountsInput!) {\n    transferAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferAccounts($input: TransferAccountsInput!) {\n    transferAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareAccounts($input: ShareAccountsInput!) {\n    shareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShareAccounts($input: ShareAccountsInput!) {\n    shareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareAccounts($input: UnshareAccountsInput!) {\n    unshareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnshareAccounts($input: UnshareAccountsInput!) {\n    unshareAccounts(input: $input) {\n      accounts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseAccounts($input: ReleaseAccountsInput!) {\n    releaseAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseAccounts($input: ReleaseAccountsInput!) {\n    releaseAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimAccounts($input: ClaimAccountsInput!) {\n    claimAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimAccounts($input: ClaimAccountsInput!) {\n    claimAccounts(input: $input) {\n      accounts {\n        id\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPool($first: Int, $after: String, $filter: AccountFilter) {\n    publicPool(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          name\n          lifecycleStage\n          industry\n          tags\n          createdAt\n        }\n      }\n    }\n    poolQuota {\n      limit\n      held\n      remaining\n    }\n  }\n"): (typeof documents)["\n  query PublicPool($first: Int, $after: String, $filter: AccountFilter) {\n    publicPool(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          name\n          lifecycleStage\n          industry\n          tags\n          createdAt\n        }\n      }\n    }\n    poolQuota {\n      limit\n      held\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipHistory($id: ID!) {\n    account(id: $id) {\n      id\n      ownershipHistory {\n        action\n        occurredAt\n        fromOwner {\n          id\n          displayName\n        }\n        toOwner {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnershipHistory($id: ID!) {\n    account(id: $id) {\n      id\n      ownershipHistory {\n        action\n        occurredAt\n        fromOwner {\n          id\n          displayName\n        }\n        toOwner {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n"): (typeof documents)["\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerViewFields on CustomerView {\n    id\n    list\n    name\n    shared\n    mine\n    columns\n    filter {\n      search\n      kind\n      lifecycleStage\n      ownerId\n      tag\n      parentAccountId\n    }\n    orderBy {\n      field\n      direction\n    }\n    contactFilter {\n      search\n      accountId\n      tag\n      hasEmail\n      hasPhone\n      archived\n    }\n    contactOrderBy {\n      field\n      direction\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerViewFields on CustomerView {\n    id\n    list\n    name\n    shared\n    mine\n    columns\n    filter {\n      search\n      kind\n      lifecycleStage\n      ownerId\n      tag\n      parentAccountId\n    }\n    orderBy {\n      field\n      direction\n    }\n    contactFilter {\n      search\n      accountId\n      tag\n      hasEmail\n      hasPhone\n      archived\n    }\n    contactOrderBy {\n      field\n      direction\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerViews($list: SavedViewList!) {\n    customerViews(list: $list) {\n      ...CustomerViewFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerViews($list: SavedViewList!) {\n    customerViews(list: $list) {\n      ...CustomerViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      view {\n        ...CustomerViewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      view {\n        ...CustomerViewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomerView($input: DeleteCustomerViewInput!) {\n    deleteCustomerView(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCustomerView($input: DeleteCustomerViewInput!) {\n    deleteCustomerView(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViewColumns($list: SavedViewList!) {\n    savedViewColumns(list: $list) {\n      key\n      labelKey\n      shownByDefault\n    }\n  }\n"): (typeof documents)["\n  query SavedViewColumns($list: SavedViewList!) {\n    savedViewColumns(list: $list) {\n      key\n      labelKey\n      shownByDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    direction\n    subject\n    summary\n    occurredAt\n    contactId\n    contact {\n      id\n      displayName\n    }\n    managerReply\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment InteractionFields on Interaction {\n    id\n    kind\n    direction\n    subject\n    summary\n    occurredAt\n    contactId\n    contact {\n      id\n      displayName\n    }\n    managerReply\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {\n    customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          occurredAt\n          title\n          titleKey\n          summary\n          source\n          actor {\n            id\n            displayName\n          }\n          link {\n            recordType\n            recordId\n            path\n          }\n          interaction {\n            ...InteractionFields\n          }\n          document {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {\n    customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          occurredAt\n          title\n          titleKey\n          summary\n          source\n          actor {\n            id\n            displayName\n          }\n          link {\n            recordType\n            recordId\n            path\n          }\n          interaction {\n            ...InteractionFields\n          }\n          document {\n            id\n            fileName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewInteraction($input: ReviewInteractionInput!) {\n    reviewInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewInteraction($input: ReviewInteractionInput!) {\n    reviewInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsToReview($first: Int, $after: String) {\n    interactionsToReview(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InteractionsToReview($first: Int, $after: String) {\n    interactionsToReview(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        ...InteractionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionContactOptions($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      contacts {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query InteractionContactOptions($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      contacts {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    locale\n    isActive\n    createdAt\n    lastSignInAt\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    locale\n    isActive\n    createdAt\n    lastSignInAt\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;