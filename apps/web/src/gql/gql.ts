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
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        id\n        kind\n        street\n        district\n        city\n        province\n        postcode\n        country\n        isPrimary\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerAuditTrailDocument,
    "\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n": typeof types.CheckAccountDuplicatesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.AccountNameDocument,
    "\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n": typeof types.PendingChangeRequestsDocument,
    "\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApproveChangeRequestDocument,
    "\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RejectChangeRequestDocument,
    "\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n": typeof types.CustomerSettingsDocument,
    "\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n": typeof types.UpdateCustomerSettingsDocument,
    "\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n": typeof types.MergeCandidateDocument,
    "\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n": typeof types.MergeAccountsDocument,
    "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      id\n      mergedAt\n      mergedIds\n      mergedNames\n      provenance {\n        field\n        fromAccountId\n        value\n      }\n      moved {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.AccountMergeHistoryDocument,
    "\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n": typeof types.DataQualitySummaryDocument,
    "\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.DataQualityAccountFieldsFragmentDoc,
    "\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityMissingDocument,
    "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityDuplicatesDocument,
    "\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DataQualityStaleDocument,
    "\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n": typeof types.CustomerValueDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n": typeof types.PermissionCatalogDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    locale\n    isActive\n    createdAt\n    lastSignInAt\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        id\n        kind\n        street\n        district\n        city\n        province\n        postcode\n        country\n        isPrimary\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {\n    auditTrail(recordType: \"customer\", recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          channel\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.CustomerAuditTrailDocument,
    "\n  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {\n    checkAccountDuplicates(input: $input) {\n      accountId\n      name\n      ownerId\n      score\n      visible\n      reasons {\n        code\n        weight\n      }\n    }\n  }\n": types.CheckAccountDuplicatesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRowFields\n      }\n    }\n  }\n": types.CreateAccountDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    recordId\n    status\n    requestedAt\n    requestedById\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      account {\n        id\n        version\n        name\n        lifecycleStage\n        industry\n        source\n        website\n        taxId\n        tier\n        creditTermsDays\n        notes\n        tags\n        unknownFields\n        updatedAt\n        pendingChangeRequests {\n          ...ChangeRequestFields\n        }\n      }\n      changeRequest {\n        ...ChangeRequestFields\n      }\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n    }\n  }\n": types.AccountNameDocument,
    "\n  query PendingChangeRequests($first: Int, $after: String) {\n    pendingChangeRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChangeRequestFields\n        }\n      }\n    }\n  }\n": types.PendingChangeRequestsDocument,
    "\n  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {\n    approveChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        version\n        creditTermsDays\n        taxId\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": types.ApproveChangeRequestDocument,
    "\n  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {\n    rejectChangeRequest(input: $input) {\n      changeRequest {\n        id\n        status\n      }\n      account {\n        id\n        pendingChangeRequests {\n          id\n        }\n      }\n    }\n  }\n": types.RejectChangeRequestDocument,
    "\n  query CustomerSettings {\n    customerSettings {\n      protectedAccountFields\n    }\n  }\n": types.CustomerSettingsDocument,
    "\n  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {\n    updateCustomerSettings(input: $input) {\n      protectedAccountFields\n    }\n  }\n": types.UpdateCustomerSettingsDocument,
    "\n  query MergeCandidate($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      lifecycleStage\n      tier\n      industry\n      source\n      website\n      taxId\n      creditTermsDays\n      notes\n      tags\n    }\n  }\n": types.MergeCandidateDocument,
    "\n  mutation MergeAccounts($input: MergeAccountsInput!) {\n    mergeAccounts(input: $input) {\n      account {\n        id\n        name\n      }\n      merge {\n        id\n      }\n    }\n  }\n": types.MergeAccountsDocument,
    "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      id\n      mergedAt\n      mergedIds\n      mergedNames\n      provenance {\n        field\n        fromAccountId\n        value\n      }\n      moved {\n        kind\n        count\n      }\n    }\n  }\n": types.AccountMergeHistoryDocument,
    "\n  query DataQualitySummary($staleMonths: Int!) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      staleMonths\n      customerCount\n      missingFields {\n        field\n        count\n      }\n      duplicateClusterCount\n      staleCount\n    }\n  }\n": types.DataQualitySummaryDocument,
    "\n  fragment DataQualityAccountFields on Account {\n    id\n    name\n    kind\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n  }\n": types.DataQualityAccountFieldsFragmentDoc,
    "\n  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {\n    customerDataQuality {\n      missing(field: $field, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityMissingDocument,
    "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityDuplicatesDocument,
    "\n  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {\n    customerDataQuality(staleMonths: $staleMonths) {\n      stale(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...DataQualityAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.DataQualityStaleDocument,
    "\n  query CustomerValue($id: ID!) {\n    account(id: $id) {\n      id\n      tier\n      value\n      unknownFields\n    }\n    customerTierRules {\n      currency\n      thresholds {\n        tier\n        minValue\n      }\n    }\n  }\n": types.CustomerValueDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      parentId\n      path\n      memberCount\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      orgUnit {\n        id\n        name\n        parentId\n        path\n        memberCount\n      }\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteOrgUnitDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    dataScope\n    permissions\n    isSystem\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": types.RolesDocument,
    "\n  query PermissionCatalog {\n    permissionCatalog {\n      recordType\n      actions\n    }\n  }\n": types.PermissionCatalogDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleFields\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteRoleDocument,
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
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    locale\n    permissions\n    unit {\n      id\n      name\n    }\n    roles {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRowFields on Account {\n    id\n    kind\n    name\n    lifecycleStage\n    industry\n    tags\n    createdAt\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    contactPoints {\n      id\n      kind\n      value\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        id\n        kind\n        street\n        district\n        city\n        province\n        postcode\n        country\n        isPrimary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      kind\n      name\n      lifecycleStage\n      industry\n      source\n      website\n      taxId\n      tier\n      value\n      creditTermsDays\n      notes\n      tags\n      unknownFields\n      createdAt\n      updatedAt\n      version\n      pendingChangeRequests {\n        ...ChangeRequestFields\n      }\n      owner {\n        id\n        displayName\n        email\n      }\n      contactPoints {\n        id\n        kind\n        value\n        normalized\n        label\n        isPrimary\n      }\n      addresses {\n        id\n        kind\n        street\n        district\n        city\n        province\n        postcode\n        country\n        isPrimary\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      id\n      mergedAt\n      mergedIds\n      mergedNames\n      provenance {\n        field\n        fromAccountId\n        value\n      }\n      moved {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountMergeHistory($accountId: ID!) {\n    accountMergeHistory(accountId: $accountId) {\n      id\n      mergedAt\n      mergedIds\n      mergedNames\n      provenance {\n        field\n        fromAccountId\n        value\n      }\n      moved {\n        kind\n        count\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQualityDuplicates($first: Int, $after: String) {\n    customerDataQuality {\n      duplicateClusters(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            size\n            accountIds\n            reasons {\n              code\n              key\n            }\n            accounts {\n              ...DataQualityAccountFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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