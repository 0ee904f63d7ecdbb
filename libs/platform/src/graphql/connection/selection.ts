import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function mentions(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return mentions(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return mentions(fragment?.selectionSet, name, info);
  });
}

/** Whether the client asked for a direct sub-field (e.g. `totalCount`), so costly ones are computed only when wanted. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => mentions(node.selectionSet, name, info));
}
